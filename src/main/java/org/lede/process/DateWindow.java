package org.lede.process;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates an article can plausibly carry: from {@code earliest} (1800-01-01 by default) up to the end of the
 * day {@code daysAfter} days after the later of the run date and the day the run happens. A date outside it
 * (the {@code 0001-01-01} that .NET and other CMSs write for "no date", a year 9999, a timestamp in the wrong
 * unit) is not a publication date: the article keeps null, the flag {@code implausible_date} and the raw value.
 */
public record DateWindow(Instant earliest, Instant latestExclusive) implements Serializable {
  /** The window of a run dated {@code runDate} and processed on {@code today}. */
  public static DateWindow of(LocalDate earliest, LocalDate runDate, LocalDate today, int daysAfter) {
    LocalDate last = (runDate.isAfter(today) ? runDate : today).plusDays(daysAfter);
    return new DateWindow(earliest.atStartOfDay(ZoneOffset.UTC).toInstant(),
        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public boolean contains(Instant t) {
    return !t.isBefore(earliest) && t.isBefore(latestExclusive);
  }
}
