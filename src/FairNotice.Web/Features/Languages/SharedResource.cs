namespace FairNotice.Web;

/// <summary>The one resource every page reads its words from: <c>Resources/SharedResource.resx</c> (English, the neutral
/// language) and its <c>.ar</c>, <c>.es</c> and <c>.fr</c> translations. Keys are <c>Area.Name</c>; enum labels are
/// <c>EnumType.Member</c> (see <see cref="Features.Languages.Labels"/>). A test fails when a key lacks a translation.</summary>
#pragma warning disable CA1812 // a marker type: IStringLocalizer<SharedResource> names the resource by it
internal sealed class SharedResource;
#pragma warning restore CA1812
