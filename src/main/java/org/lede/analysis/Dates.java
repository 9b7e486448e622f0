package org.lede.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Publication dates: ISO-8601 instants and offset date-times, local date-times and dates (taken as UTC), with
 * 'T' or a space between date and time, RFC 1123 ("Tue, 3 Jun 2008 11:05:30 GMT"), and Unix epoch seconds or
 * milliseconds. Anything else gives null (the article keeps the flag {@code unparsed_published_at}).
 */
public final class Dates {
  private Dates() {}

  public static final String UNPARSED = "unparsed_published_at";

  public static Instant parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.chars().allMatch(Character::isDigit) && (t.length() == 10 || t.length() == 13)) {
      long v = Long.parseLong(t);
      return t.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
    }
    String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return ZonedDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
