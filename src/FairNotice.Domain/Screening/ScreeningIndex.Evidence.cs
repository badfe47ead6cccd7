using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

// The evidence besides the name: dates of birth and sex.
public sealed partial class ScreeningIndex<T>
{
    // What the dates of birth say, as evidence; the score model weighs it.
    private static (DateEvidence Date, LocalMessage Text) CompareDates(PartialDate? q, PartialDate? e)
    {
        if (q is null || e is null)
        {
            return (DateEvidence.Unknown, ScreeningMessages.Fixed("ScreeningWhy.Dob.Unknown"));
        }

        var dy = Math.Abs(q.Year - e.Year);
        if (q.Month is null || e.Month is null)
        {
            return dy == 0 ? (DateEvidence.SameYear, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYear")) : dy == 1 ? (DateEvidence.OneYearApart, ScreeningMessages.Fixed("ScreeningWhy.Dob.OneYearApart")) : (DateEvidence.Different, ScreeningMessages.Years("ScreeningWhy.Dob.YearsApart", dy));
        }

        if (q.Day is not null && e.Day is not null)
        {
            // Both dates are complete: only an exact date or a plausible slip (transposition, one digit of the day or
            // the year) is compatible; anything else says these are two people with the same name.
            if (dy == 0 && q.Month == e.Month && q.Day == e.Day)
            {
                return (DateEvidence.Exact, ScreeningMessages.Fixed("ScreeningWhy.Dob.Exact"));
            }

            if (dy == 0 && q.Month == e.Day && q.Day == e.Month)
            {
                return (DateEvidence.Transposed, ScreeningMessages.Fixed("ScreeningWhy.Dob.Transposed"));
            }

            if (dy == 1 && q.Month == e.Month && q.Day == e.Day)
            {
                return (DateEvidence.NearDate, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameDayAndMonth"));
            }

            if (dy == 0 && q.Month == e.Month && (Math.Abs(q.Day.Value - e.Day.Value) == 1 || (q.Day % 10 == e.Day / 10 && q.Day / 10 == e.Day % 10)))
            {
                return (DateEvidence.NearDate, ScreeningMessages.Fixed("ScreeningWhy.Dob.DayOneOff"));
            }

            return (DateEvidence.Different, dy == 0 ? ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearOtherDay") : ScreeningMessages.Years("ScreeningWhy.Dob.DifferentDates", dy));
        }

        return dy == 0 ? (q.Month == e.Month ? (DateEvidence.SameYearMonth, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearAndMonth")) : (DateEvidence.DifferentMonth, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearOtherMonth")))
            : dy == 1 ? (DateEvidence.OneYearApart, ScreeningMessages.Fixed("ScreeningWhy.Dob.OneYearApart"))
            : (DateEvidence.Different, ScreeningMessages.Years("ScreeningWhy.Dob.YearsApart", dy));
    }

    private static string? Sex(string? s) => s is "M" or "F" ? s : null;
}
