namespace FairNotice.Domain.Notices;

/// <summary>A notice is published by the Secretariat to all members; a diffusion is sent by an NCB to chosen members.</summary>
public enum NoticeKind
{
    /// <summary>Published to all members after review.</summary>
    Notice,
    /// <summary>Sent by the NCB to all or chosen members.</summary>
    Diffusion,
}

/// <summary>The notice colours, plus the INTERPOL–UN Security Council Special Notice.</summary>
public enum NoticeColour
{
    /// <summary>Location and arrest of a wanted person.</summary>
    Red,
    /// <summary>Missing persons, or persons unable to identify themselves.</summary>
    Yellow,
    /// <summary>Additional information on identity, location or activities.</summary>
    Blue,
    /// <summary>Unidentified bodies.</summary>
    Black,
    /// <summary>Warning about a possible threat to public safety.</summary>
    Green,
    /// <summary>Serious and imminent threat.</summary>
    Orange,
    /// <summary>Modus operandi, objects, devices and concealment methods.</summary>
    Purple,
    /// <summary>Targets of UN Security Council sanctions committees.</summary>
    UnSpecial,
}

/// <summary>Why a wanted person is sought (Art. 83(1)(b)).</summary>
public enum WantedFor
{
    /// <summary>Sought for prosecution.</summary>
    Prosecution,
    /// <summary>Sought to serve a sentence.</summary>
    Sentence,
}

/// <summary>Facts about each colour.</summary>
public static class NoticeColours
{
    /// <summary>The official purpose of the colour (INTERPOL, "About Notices").</summary>
    /// <param name="colour">The colour.</param>
    public static string Purpose(NoticeColour colour) => colour switch
    {
        NoticeColour.Red => "To seek the location and arrest of wanted persons wanted for prosecution or to serve a sentence.",
        NoticeColour.Yellow => "To help locate missing persons, often minors, or to help identify persons who are unable to identify themselves.",
        NoticeColour.Blue => "To collect additional information about a person's identity, location or activities in relation to a crime.",
        NoticeColour.Black => "To seek information on unidentified bodies.",
        NoticeColour.Green => "To provide warning about a person's criminal activities, where the person is considered to be a possible threat to public safety.",
        NoticeColour.Orange => "To warn of an event, a person, an object or a process representing a serious and imminent threat to public safety.",
        NoticeColour.Purple => "To seek or provide information on modus operandi, objects, devices and concealment methods used by criminals.",
        NoticeColour.UnSpecial => "Issued for groups and individuals who are the targets of UN Security Council Sanctions Committees.",
        _ => throw new ArgumentOutOfRangeException(nameof(colour)),
    };

    /// <summary>Display name.</summary>
    /// <param name="colour">The colour.</param>
    public static string DisplayName(NoticeColour colour) =>
        colour == NoticeColour.UnSpecial ? "INTERPOL–UN Security Council Special Notice" : $"{colour} Notice";

    /// <summary>True when the request seeks a person's arrest and so needs full judicial data.</summary>
    /// <param name="colour">The colour.</param>
    public static bool SeeksArrest(NoticeColour colour) => colour == NoticeColour.Red;

    /// <summary>True when the subject may be unknown by name (an unidentified body, a modus operandi).</summary>
    /// <param name="colour">The colour.</param>
    public static bool NameOptional(NoticeColour colour) => colour is NoticeColour.Black or NoticeColour.Purple or NoticeColour.Orange;
}
