using System.Diagnostics.Metrics;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Screening;

/// <summary>Screening figures on the <see cref="Telemetry.MeterName"/> meter (ADR 0034): how many persons were checked, by
/// which channel, how many had a hit, and how long the index search took. Counts and durations only: never a name, a
/// country or an account.</summary>
internal sealed class ScreeningMetrics
{
    private readonly Counter<long> _persons;
    private readonly Counter<long> _withHits;
    private readonly Histogram<double> _duration;

    public ScreeningMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _persons = meter.CreateCounter<long>("fairnotice.screening.persons", "{person}", "Persons checked against the screening index.");
        _withHits = meter.CreateCounter<long>("fairnotice.screening.persons_with_hits", "{person}", "Persons checked who had at least one hit.");
        _duration = meter.CreateHistogram<double>("fairnotice.screening.duration", "s", "Time to search the index for one request (one person or one batch).");
    }

    /// <summary>Records one request: <paramref name="channel"/> is <c>single</c>, <c>batch</c> or <c>page</c>.</summary>
    public void Record(string channel, int persons, int withHits, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("channel", channel);
        _persons.Add(persons, tag);
        _withHits.Add(withHits, tag);
        _duration.Record(elapsed.TotalSeconds, tag);
    }
}
