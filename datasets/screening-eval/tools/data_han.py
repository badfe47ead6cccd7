"""Han-character names.  Each character line: simplified traditional pinyin(tone)
Wade-Giles(with apostrophes) HK-Cantonese [Macau]; typed by the compiler from
the standard readings (Hanyu Pinyin, Wade-Giles, Hong Kong Government Cantonese
Romanisation as used on HKID cards, Macau's Portuguese-based Cantonese
romanisation for surnames)."""

CHARS_TXT = """
王 王 Wáng Wang Wong Vong
李 李 Lǐ Li Lee Lei
张 張 Zhāng Chang Cheung Cheong
刘 劉 Liú Liu Lau Lao
陈 陳 Chén Ch'en Chan Chan
杨 楊 Yáng Yang Yeung Ieong
黄 黃 Huáng Huang Wong Wong
赵 趙 Zhào Chao Chiu Chio
吴 吳 Wú Wu Ng Ng
周 周 Zhōu Chou Chow Chao
徐 徐 Xú Hsü Tsui Chui
孙 孫 Sūn Sun Suen Sun
马 馬 Mǎ Ma Ma Ma
朱 朱 Zhū Chu Chu Chu
郭 郭 Guō Kuo Kwok Kuok
何 何 Hé Ho Ho Ho
林 林 Lín Lin Lam Lam
罗 羅 Luó Lo Law Lo
郑 鄭 Zhèng Cheng Cheng Cheang
梁 梁 Liáng Liang Leung Leong
谢 謝 Xiè Hsieh Tse Che
许 許 Xǔ Hsü Hui Hoi
邓 鄧 Dèng Teng Tang Tang
冯 馮 Féng Feng Fung Fong
曾 曾 Zēng Tseng Tsang Chang
蔡 蔡 Cài Ts'ai Choi Choi
潘 潘 Pān P'an Poon Pun
叶 葉 Yè Yeh Yip Ip
廖 廖 Liào Liao Liu Lio
欧阳 歐陽 Ōuyáng Ou-yang Au-Yeung Au-Ieong
司徒 司徒 Sītú Ssu-t'u Szeto Si-Tou
伟 偉 wěi wei wai
明 明 míng ming ming
民 民 mín min man
华 華 huá hua wah
建 建 jiàn chien kin
国 國 guó kuo kwok
军 軍 jūn chün kwan
志 志 zhì chih chi
强 強 qiáng ch'iang keung
刚 剛 gāng kang kong
文 文 wén wen man
辉 輝 huī hui fai
俊 俊 jùn chün chun
杰 傑 jié chieh kit
峰 峰 fēng feng fung
家 家 jiā chia ka
豪 豪 háo hao ho
永 永 yǒng yung wing
成 成 chéng ch'eng shing
海 海 hǎi hai hoi
东 東 dōng tung tung
振 振 zhèn chen chun
宇 宇 yǔ yü yu
天 天 tiān t'ien tin
佑 佑 yòu yu yau
耀 耀 yào yao yiu
光 光 guāng kuang kwong
子 子 zǐ tzu tsz
健 健 jiàn chien kin
忠 忠 zhōng chung chung
美 美 měi mei mei
玲 玲 líng ling ling
琳 琳 lín lin lam
丽 麗 lì li lai
娟 娟 juān chüan kuen
秀 秀 xiù hsiu sau
英 英 yīng ying ying
兰 蘭 lán lan lan
慧 慧 huì hui wai
敏 敏 mǐn min man
静 靜 jìng ching ching
怡 怡 yí i yi
雯 雯 wén wen man
雅 雅 yǎ ya nga
婷 婷 tíng t'ing ting
佳 佳 jiā chia kai
欣 欣 xīn hsin yan
琪 琪 qí ch'i kei
晓 曉 xiǎo hsiao hiu
燕 燕 yàn yen yin
雪 雪 xuě hsüeh suet
梅 梅 méi mei mui
凤 鳳 fèng feng fung
霞 霞 xiá hsia ha
淑 淑 shū shu shuk
珍 珍 zhēn chen chun
贞 貞 zhēn chen ching
诗 詩 shī shih sze
思 思 sī ssu sze
嘉 嘉 jiā chia ka
颖 穎 yǐng ying wing
"""

# family names (characters), male given names, female given names; near = one-character change
FAM = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "郭", "何", "林",
       "罗", "郑", "梁", "谢", "许", "冯", "曾", "蔡", "潘", "叶", "廖", "欧阳", "司徒"]
M_GIVEN = [("伟明", "伟民"), ("建国", "建军"), ("志强", "志刚"), ("文华", "文辉"), ("俊杰", "俊峰"),
           ("家豪", "家辉"), ("永成", "永光"), ("海东", "海峰"), ("振宇", "振华"), ("天佑", "天宇"),
           ("耀光", "耀明"), ("子健", "子杰"), ("国忠", "国华"), ("志明", "志成")]
F_GIVEN = [("美玲", "美琳"), ("丽华", "丽娟"), ("秀英", "秀兰"), ("慧敏", "慧玲"), ("静怡", "静雯"),
           ("雅婷", "雅雯"), ("佳欣", "佳琪"), ("晓燕", "晓雪"), ("雪梅", "雪英"), ("凤霞", "凤英"),
           ("淑珍", "淑英"), ("诗琪", "诗雅"), ("嘉欣", "嘉颖")]
ENGLISH_NAMES_M = ["Peter", "David", "Michael", "Kenneth", "Raymond", "Tony", "Eric", "Vincent", "Jason", "Alan"]
ENGLISH_NAMES_F = ["Mary", "Karen", "Winnie", "Agnes", "Grace", "Jenny", "Vivian", "Cindy", "Amy", "Joyce"]


def load_chars():
    chars = {}
    for line in CHARS_TXT.strip().splitlines():
        f = line.split()
        simp, trad, py, wg, hk = f[:5]
        mo = f[5] if len(f) > 5 else hk
        chars[simp] = dict(simp=simp, trad=trad, py=py, wg=wg, hk=hk, mo=mo)
    return chars
