using System.Globalization;
using System.Text;
using AnyAscii;
using FairNotice.Domain.Notices;

namespace FairNotice.Bench;

/// <summary>A generated wanted person: names in Latin and original script, aliases, date of birth, nationality.</summary>
internal sealed record WantedPerson(int Id, Person Person, string Pool);

/// <summary>How a planted query was derived from a corpus person.</summary>
internal sealed record Query(string Name, PartialDate? DateOfBirth, int? TargetId, string Transformation);

/// <summary>Synthetic but realistic names: Western, Hispanic, Chinese (with Han), Russian (with Cyrillic), Arabic (with Arabic script).</summary>
internal sealed class Corpus(int seed)
{
    private static readonly string[] WesternFamily = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Kowalski", "Nowak", "Wiśniewski", "Novák", "Horváth", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Nielsen", "Hansen", "Andersson", "Johansson", "Lindqvist", "O'Brien", "Murphy", "Kelly", "Papadopoulos", "Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"];
    private static readonly string[] WesternGiven = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lukas", "Jonas", "Leon", "Felix", "Anna", "Lena", "Hannah", "Emma", "Léa", "Chloé", "Hugo", "Louis", "Jules", "Giulia", "Francesco", "Alessandro", "Lorenzo", "Sofia", "Piotr", "Katarzyna", "Jan", "Eva", "Lars", "Erik", "Ingrid", "Astrid", "Seán", "Aoife", "Giorgos", "Maria", "Mehmet", "Ayşe", "Mustafa", "Zeynep", "Emre", "Elif", "Nikos", "Dimitris", "Tomás", "Zoltán"];
    private static readonly string[] HispanicFamily = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Castro", "Ortiz", "Rubio", "Molina", "Delgado", "Suárez", "Ortega", "Morales", "Herrera", "Silva", "Souza"];
    private static readonly string[] HispanicGiven = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Manuel", "Francisco", "Antonio", "Andrés", "Diego", "Alejandro", "Javier", "Fernando", "Ana", "Lucía", "Carmen", "Isabel", "Laura", "Marta", "Paula", "Sofía", "Valentina", "Camila", "Gabriela", "Daniela", "Mariana", "João", "Thiago", "Rafael", "Gustavo", "Ricardo", "Eduardo", "Sergio", "Raúl", "Óscar", "Jesús", "Alberto", "Ignacio"];
    private static readonly (string Han, string Pinyin)[] ChineseFamily = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao")];
    private static readonly (string Han, string Pinyin)[] ChineseGiven = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀", "Xiu"), ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("桂", "Gui"), ("英", "Ying"), ("华", "Hua"), ("建", "Jian"), ("国", "Guo"), ("文", "Wen"), ("斌", "Bin"), ("辉", "Hui"), ("鹏", "Peng"), ("宇", "Yu"), ("浩", "Hao"), ("凯", "Kai"), ("琳", "Lin"), ("雪", "Xue"), ("梅", "Mei"), ("龙", "Long"), ("海", "Hai"), ("波", "Bo"), ("东", "Dong"), ("晨", "Chen")];
    private static readonly string[] RussianFamily = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев"];
    private static readonly string[] RussianGiven = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём", "Николай", "Владимир", "Павел", "Юрий", "Игорь", "Олег", "Виктор", "Роман", "Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Екатерина", "Анастасия", "Дарья"];
    private static readonly (string Arabic, string Latin)[] ArabicGiven = [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("حسن", "Hassan"), ("حسين", "Hussein"), ("عمر", "Omar"), ("خالد", "Khaled"), ("يوسف", "Youssef"), ("إبراهيم", "Ibrahim"), ("مصطفى", "Mustafa"), ("عبدالله", "Abdullah"), ("سعيد", "Said"), ("كريم", "Karim"), ("طارق", "Tariq"), ("فاطمة", "Fatima"), ("عائشة", "Aisha"), ("مريم", "Maryam"), ("زينب", "Zainab"), ("نور", "Nour"), ("ليلى", "Layla")];
    private static readonly string[] ArabicFamily = ["Al-Hassan", "Al-Rashid", "Haddad", "Khoury", "Nasser", "Mansour", "Saleh", "Qasim", "Hamdan", "Al-Masri", "Darwish", "Abboud", "Aziz", "Bakr", "Farouk", "Habib", "Jaber", "Kamal", "Mahmoud", "Najjar", "Othman", "Rahman", "Sabbagh", "Shaheen", "Suleiman", "Tawfik", "Yassin", "Zaki", "El-Amin", "Ben Ali"];
    private static readonly string[][] Variants = [["Mohammed", "Muhammad", "Mohamed", "Mohammad"], ["Ahmed", "Ahmad"], ["Youssef", "Yusuf", "Yousef"], ["Hussein", "Husayn", "Hossein"], ["Omar", "Umar"], ["Khaled", "Khalid"], ["Said", "Saeed"], ["Aleksandr", "Alexander"], ["Sergey", "Sergei"], ["Dmitriy", "Dmitry", "Dmitri"], ["Yuriy", "Yuri"], ["Evgeniy", "Yevgeny"]];

    private readonly Random _r = new(seed);

    public List<WantedPerson> Generate(int count)
    {
        var list = new List<WantedPerson>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(new WantedPerson(i, NewPerson(out var pool), pool));
        }

        return list;
    }

    public Person NewPerson(out string pool)
    {
        var dob = new PartialDate(1945 + _r.Next(60), 1 + _r.Next(12), 1 + _r.Next(28));
        var roll = _r.Next(100);
        (PersonName name, PersonName? original, string nat, string sex) = roll switch
        {
            < 30 => Western(),
            < 45 => Hispanic(),
            < 65 => Chinese(),
            < 80 => Russian(),
            _ => Arabic(),
        };
        pool = roll switch { < 30 => "western", < 45 => "hispanic", < 65 => "chinese", < 80 => "russian", _ => "arabic" };
        var aliases = new List<PersonName>();
        if (_r.Next(3) == 0)
        {
            aliases.Add(new PersonName(name.FamilyName, Pick(pool == "chinese" ? [.. ChineseGiven.Select(g => g.Pinyin)] : WesternGiven)));
        }

        return new Person(name, original, aliases, sex, dob, null, nat, [nat], [], null, []);
    }

    private (PersonName, PersonName?, string, string) Western()
    {
        var middle = _r.Next(4) == 0 ? " " + Pick(WesternGiven) : "";
        return (new PersonName(Pick(WesternFamily), Pick(WesternGiven) + middle), null, Pick(["US", "GB", "FR", "DE", "IT", "PL", "NL", "SE", "IE", "GR", "TR"]), Sex());
    }

    private (PersonName, PersonName?, string, string) Hispanic() =>
        (new PersonName($"{Pick(HispanicFamily)} {Pick(HispanicFamily)}", Pick(HispanicGiven) + (_r.Next(3) == 0 ? " " + Pick(HispanicGiven) : "")), null, Pick(["ES", "MX", "CO", "AR", "PE", "BR", "VE"]), Sex());

    private (PersonName, PersonName?, string, string) Chinese()
    {
        var f = ChineseFamily[_r.Next(ChineseFamily.Length)];
        var g1 = ChineseGiven[_r.Next(ChineseGiven.Length)];
        var two = _r.Next(3) > 0;
        var g2 = ChineseGiven[_r.Next(ChineseGiven.Length)];
        var given = two ? g1.Pinyin + g2.Pinyin.ToLowerInvariant() : g1.Pinyin;
        var han = f.Han + g1.Han + (two ? g2.Han : "");
        return (new PersonName(f.Pinyin.ToUpperInvariant(), given), new PersonName(han, null), "CN", Sex());
    }

    private (PersonName, PersonName?, string, string) Russian()
    {
        var female = _r.Next(2) == 0;
        var family = Pick(RussianFamily) + (female ? "а" : "");
        var given = female ? Pick(RussianGiven[18..]) : Pick(RussianGiven[..18]);
        return (new PersonName(family.Transliterate(), given.Transliterate()), new PersonName(family, given), Pick(["RU", "RU", "BY", "KZ", "UA"]), female ? "F" : "M");
    }

    private (PersonName, PersonName?, string, string) Arabic()
    {
        var g = ArabicGiven[_r.Next(ArabicGiven.Length)];
        var family = Pick(ArabicFamily);
        var original = _r.Next(2) == 0 ? new PersonName(null, g.Arabic) : null;
        return (new PersonName(family.ToUpperInvariant(), g.Latin), original, Pick(["EG", "SA", "IQ", "SY", "MA", "JO", "LB", "TN", "DZ"]), Sex());
    }

    private string Sex() => _r.Next(2) == 0 ? "M" : "F";

    private string Pick(string[] items) => items[_r.Next(items.Length)];

    /// <summary>A query that should find the person: one of the transformations a border officer meets.</summary>
    public Query Plant(WantedPerson w)
    {
        var p = w.Person;
        var family = p.Name.FamilyName ?? "";
        var given = p.Name.Forenames ?? "";
        var dob = p.DateOfBirth;
        var kind = _r.Next(7);
        string name;
        string t;
        switch (kind)
        {
            case 0 when p.OriginalScriptName is { } o:
                name = $"{o.FamilyName} {o.Forenames}".Trim();
                t = "original script";
                if (w.Pool == "arabic")
                {
                    name = $"{family} {o.Forenames}";
                }

                break;
            case 1:
                name = $"{given} {family}".ToUpperInvariant();
                t = "order swap";
                break;
            case 2:
                name = Strip($"{family} {given}");
                t = "diacritics removed";
                break;
            case 3:
                name = Typo($"{family} {given}");
                t = "typo";
                break;
            case 4:
                name = Variant($"{given} {family}");
                t = "variant spelling";
                break;
            case 5:
                name = $"{family} {given}";
                dob = dob is null ? null : dob with { Month = null, Day = null };
                t = "year of birth only";
                break;
            default:
                name = $"{given} {family}";
                dob = dob is { Day: <= 12 } d ? d with { Day = d.Month, Month = d.Day } : dob;
                t = "day/month transposed";
                break;
        }

        return new Query(name, dob, w.Id, t);
    }

    /// <summary>A person who is not in the corpus (new draw from the same pools, full date of birth).</summary>
    /// <param name="inCorpus">True when a corpus person has the same name and date of birth: such a draw is that person
    /// under this corpus's notion of identity, not a clean traveller, and is drawn again.</param>
    public Query Clean(Func<Query, bool> inCorpus)
    {
        while (true)
        {
            var p = NewPerson(out _);
            var q = new Query($"{p.Name.Forenames} {p.Name.FamilyName}", p.DateOfBirth, null, "clean");
            if (!inCorpus(q))
            {
                return q;
            }
        }
    }

    private string Typo(string name)
    {
        var parts = name.Split(' ');
        var candidates = parts.Select((x, i) => (x, i)).Where(x => x.x.Length >= 5).ToList();
        if (candidates.Count == 0)
        {
            return name;
        }

        var (word, index) = candidates[_r.Next(candidates.Count)];
        var chars = word.ToCharArray();
        var at = 2 + _r.Next(chars.Length - 2);
        chars[at] = (char)('a' + _r.Next(26));
        parts[index] = new string(chars);
        return string.Join(' ', parts);
    }

    private string Variant(string name)
    {
        foreach (var family in Variants)
        {
            foreach (var v in family)
            {
                if (name.Contains(v, StringComparison.Ordinal))
                {
                    return name.Replace(v, family.Where(x => x != v).ElementAt(_r.Next(family.Length - 1)), StringComparison.Ordinal);
                }
            }
        }

        return Strip(name).ToLowerInvariant();
    }

    private static string Strip(string s) => new([.. s.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
