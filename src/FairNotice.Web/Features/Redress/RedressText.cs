using System.Collections.Frozen;

namespace FairNotice.Web.Features.Redress;

/// <summary>The public redress pages in the Commission's four working languages (Arabic, English, French, Spanish).</summary>
/// <remarks>Labels and guidance only: validation messages come from the server in English, with the field they name.</remarks>
internal sealed class RedressText(string language)
{
    private static readonly FrozenDictionary<string, string[]> Texts = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // key: [en, fr, es, ar]
        ["title"] = ["Ask the Commission for the Control of Files", "Saisir la Commission de contrôle des fichiers", "Dirigirse a la Comisión de Control de los Ficheros", "تقديم طلب إلى لجنة الرقابة على المحفوظات"],
        ["intro"] = [
            "The Commission is independent of the Secretariat and of the member countries. Anyone — the person concerned, or a representative with a power of attorney — can ask it, free of charge, for access to the data held about them, for their correction or deletion, or for the revision of a decision on a newly discovered fact. You need no account, and you need not say where you are.",
            "La Commission est indépendante du Secrétariat et des pays membres. Toute personne — la personne concernée, ou un représentant muni d'une procuration — peut lui demander gratuitement l'accès aux données la concernant, leur rectification ou leur effacement, ou la révision d'une décision sur la base d'un fait nouveau. Aucun compte n'est nécessaire et vous n'avez pas à indiquer où vous vous trouvez.",
            "La Comisión es independiente de la Secretaría y de los países miembros. Cualquier persona — la persona interesada o un representante con poder — puede solicitarle gratuitamente el acceso a los datos que le conciernen, su rectificación o supresión, o la revisión de una decisión por un hecho nuevo. No necesita una cuenta ni indicar dónde se encuentra.",
            "اللجنة مستقلة عن الأمانة العامة وعن البلدان الأعضاء. يمكن لأي شخص — الشخص المعني أو ممثل يحمل توكيلاً — أن يطلب منها مجاناً الاطلاع على البيانات المتعلقة به أو تصحيحها أو حذفها، أو مراجعة قرار بناءً على واقعة جديدة. لا تحتاج إلى حساب، ولا يلزمك ذكر مكان وجودك.",
        ],
        ["whatAsk"] = ["What do you ask for?", "Que demandez-vous ?", "¿Qué solicita?", "ما الذي تطلبه؟"],
        ["Access"] = ["Access to my data", "Accès à mes données", "Acceso a mis datos", "الاطلاع على بياناتي"],
        ["CorrectionDeletion"] = ["Correction or deletion of my data", "Rectification ou effacement de mes données", "Rectificación o supresión de mis datos", "تصحيح بياناتي أو حذفها"],
        ["Revision"] = ["Revision of a decision (new fact)", "Révision d'une décision (fait nouveau)", "Revisión de una decisión (hecho nuevo)", "مراجعة قرار (واقعة جديدة)"],
        ["language"] = ["Language of the request", "Langue de la demande", "Idioma de la solicitud", "لغة الطلب"],
        ["person"] = ["The person concerned", "La personne concernée", "La persona interesada", "الشخص المعني"],
        ["family"] = ["Family name", "Nom de famille", "Apellido(s)", "اسم العائلة"],
        ["forenames"] = ["Forenames", "Prénoms", "Nombre(s)", "الاسم الأول"],
        ["dob"] = ["Date of birth", "Date de naissance", "Fecha de nacimiento", "تاريخ الميلاد"],
        ["nationality"] = ["Nationality", "Nationalité", "Nacionalidad", "الجنسية"],
        ["email"] = ["Email for the Commission's answers", "Adresse électronique pour les réponses de la Commission", "Correo electrónico para las respuestas de la Comisión", "البريد الإلكتروني لتلقي ردود اللجنة"],
        ["representative"] = ["I am a representative of the person concerned", "Je représente la personne concernée", "Soy representante de la persona interesada", "أنا ممثل عن الشخص المعني"],
        ["repName"] = ["Representative's name", "Nom du représentant", "Nombre del representante", "اسم الممثل"],
        ["statement"] = ["Your statement: what you ask and why", "Votre déclaration : ce que vous demandez et pourquoi", "Su declaración: qué solicita y por qué", "إفادتك: ما تطلبه ولماذا"],
        ["revisionOnly"] = ["Revision only", "Révision uniquement", "Solo para revisión", "للمراجعة فقط"],
        ["previous"] = ["Earlier request number", "Numéro de la demande antérieure", "Número de la solicitud anterior", "رقم الطلب السابق"],
        ["discovered"] = ["New fact discovered on (within six months)", "Fait nouveau découvert le (dans les six mois)", "Hecho nuevo descubierto el (en los seis meses)", "تاريخ اكتشاف الواقعة الجديدة (خلال ستة أشهر)"],
        ["newFact"] = ["The new fact", "Le fait nouveau", "El hecho nuevo", "الواقعة الجديدة"],
        ["documents"] = ["Documents (PDF, JPEG or PNG, at most 5 MiB each)", "Documents (PDF, JPEG ou PNG, 5 Mio au plus chacun)", "Documentos (PDF, JPEG o PNG, 5 MiB como máximo cada uno)", "المستندات (PDF أو JPEG أو PNG، بحد أقصى 5 ميغابايت لكل منها)"],
        ["idDoc"] = ["Copy of an identity document (unredacted)", "Copie d'une pièce d'identité (non caviardée)", "Copia de un documento de identidad (sin tachaduras)", "نسخة من وثيقة هوية (غير محجوبة)"],
        ["signed"] = ["Signed statement", "Déclaration signée", "Declaración firmada", "إفادة موقعة"],
        ["poa"] = ["Power of attorney (representatives)", "Procuration (représentants)", "Poder (representantes)", "توكيل (للممثلين)"],
        ["submit"] = ["File the request", "Déposer la demande", "Presentar la solicitud", "تقديم الطلب"],
        ["follow"] = ["Follow a request you have filed", "Suivre une demande déposée", "Seguir una solicitud presentada", "متابعة طلب قدمته"],
        ["received"] = ["Your request has been received", "Votre demande a été reçue", "Su solicitud ha sido recibida", "تم استلام طلبك"],
        ["number"] = ["Request number", "Numéro de la demande", "Número de solicitud", "رقم الطلب"],
        ["code"] = ["Private follow-up code", "Code de suivi personnel", "Código de seguimiento privado", "رمز المتابعة الخاص"],
        ["keep"] = [
            "Keep both. The code is shown only now; with the number it lets you (and only you) follow the request at",
            "Conservez les deux. Le code n'est affiché qu'une fois ; avec le numéro, il vous permet (à vous seul) de suivre la demande sur",
            "Conserve ambos. El código solo se muestra ahora; con el número le permite (solo a usted) seguir la solicitud en",
            "احتفظ بهما. يُعرض الرمز الآن فقط؛ ويتيح لك مع الرقم (ولك وحدك) متابعة الطلب على",
        ],
        ["admissibleBy"] = ["The Commission tells you whether your request is admissible by", "La Commission vous dira si votre demande est recevable au plus tard le", "La Comisión le indicará si su solicitud es admisible a más tardar el", "ستبلغك اللجنة بمدى قبول طلبك في موعد أقصاه"],
        ["followTitle"] = ["Follow your request to the Commission", "Suivre votre demande à la Commission", "Seguir su solicitud a la Comisión", "متابعة طلبك إلى اللجنة"],
        ["show"] = ["Show", "Afficher", "Mostrar", "عرض"],
        ["status"] = ["Status", "État", "Estado", "الحالة"],
        ["receivedOn"] = ["Received", "Reçue le", "Recibida el", "تاريخ الاستلام"],
        ["decisionDue"] = ["The decision is due by", "La décision doit intervenir au plus tard le", "La decisión debe adoptarse a más tardar el", "يجب صدور القرار في موعد أقصاه"],
        ["decision"] = ["Decision", "Décision", "Decisión", "القرار"],
        ["disclosed"] = ["What the Commission may disclose to you", "Ce que la Commission peut vous communiquer", "Lo que la Comisión puede comunicarle", "ما يمكن للجنة الإفصاح عنه لك"],
        ["messages"] = ["Messages", "Messages", "Mensajes", "الرسائل"],
        ["blank"] = ["—", "—", "—", "—"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The four languages, in the order of <see cref="Texts"/>, with their own names.</summary>
    public static readonly (string Code, string Name)[] Languages = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")];

    /// <summary>The page's language code.</summary>
    public string Language { get; } = Languages.Any(l => l.Code == language) ? language : "en";

    /// <summary>Right to left for Arabic.</summary>
    public string Direction => Language == "ar" ? "rtl" : "ltr";

    /// <summary>A text in the page's language.</summary>
    /// <param name="key">Its key.</param>
    public string this[string key] => Texts[key][Array.FindIndex(Languages, l => l.Code == Language)];

    /// <summary>Every key has all four languages (checked by a test).</summary>
    public static bool Complete => Texts.Values.All(v => v.Length == Languages.Length && v.All(t => t.Length > 0));
}
