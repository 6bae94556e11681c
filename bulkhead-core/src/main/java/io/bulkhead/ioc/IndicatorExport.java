package io.bulkhead.ioc;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes indicators for publication: a Markdown table or CSV (defanged, readable back by
 * {@link IndicatorFile}), a STIX 2.1 bundle of {@code indicator} objects with STIX patterns, or a
 * MISP event. Ids are name-based, so exporting the same indicators again gives the same ids.
 */
public final class IndicatorExport {
  private IndicatorExport() {}

  /** The formats written. */
  public enum Format {
    MD, CSV, STIX, MISP;

    /** The format named {@code s} ({@code md}, {@code csv}, {@code stix}, {@code misp}), any case. */
    public static Format of(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * What is said of the export as a whole.
   *
   * @param title the Markdown heading and the MISP event's {@code info}
   * @param created when the export was made: STIX {@code created}, {@code modified} and
   *     {@code valid_from}, the MISP event's date
   */
  public record Info(String title, Instant created) {
    public Info {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(created, "created");
    }
  }

  public static void write(List<Indicator> indicators, Format format, Info info, Writer out) throws IOException {
    switch (format) {
      case MD -> MarkdownIndicatorWriter.write(indicators, info, out);
      case CSV -> CsvIndicatorWriter.write(indicators, out);
      case STIX -> StixBundleWriter.write(indicators, info, out);
      case MISP -> MispEventWriter.write(indicators, info, out);
    }
    out.flush();
  }

  /** Indented JSON with LF line ends whatever the platform's separator. */
  static com.fasterxml.jackson.core.PrettyPrinter prettyPrinter() {
    com.fasterxml.jackson.core.util.DefaultIndenter lf = new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
    return new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
  }

  /** STIX timestamps: UTC with exactly three fractional digits. */
  static String stixTime(Instant t) {
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC).format(t);
  }
}
