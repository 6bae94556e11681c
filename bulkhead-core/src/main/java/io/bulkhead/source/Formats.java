package io.bulkhead.source;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoders of one read, one per format, in the order recognition tries them: the most
 * specific vendor formats first, the generic ones ({@code web-access}, {@code json}) last.
 */
final class Formats {
  private final Map<LogFormat, Decoder> decoders = new EnumMap<>(LogFormat.class);
  private final List<JsonDecoder> json;
  private final List<TextDecoder> text;

  Formats(ObjectReader reader, Map<LogFormat, String> tomcatPatterns) {
    json = List.of(
        jsonDecoder(new CloudTrailNormaliser(), reader, EnumSet.of(Envelope.RECORDS, Envelope.ARRAY)),
        jsonDecoder(new OktaNormaliser(), reader, EnumSet.of(Envelope.ARRAY, Envelope.DATA_EVENTS)),
        jsonDecoder(new AtlassianAuditNormaliser(), reader, EnumSet.of(Envelope.ARRAY,
            Envelope.ENTITIES, Envelope.RECORDS_LOWER, Envelope.RESULTS, Envelope.DATA_ARRAY)),
        jsonDecoder(new GitHubNormaliser(), reader, EnumSet.of(Envelope.ARRAY)),
        cloudflare(LogFormat.CLOUDFLARE_AUDIT, reader),
        cloudflare(LogFormat.CLOUDFLARE_ACCESS_REQUESTS, reader),
        cloudflare(LogFormat.CLOUDFLARE_FIREWALL, reader),
        cloudflare(LogFormat.CLOUDFLARE_GATEWAY_HTTP, reader),
        cloudflare(LogFormat.CLOUDFLARE_GATEWAY_NETWORK, reader),
        cloudflare(LogFormat.CLOUDFLARE_HTTP_REQUESTS, reader),
        jsonDecoder(new GenericJsonNormaliser(), reader, EnumSet.of(Envelope.ARRAY)));
    text = List.of(
        new TextDecoder(new BitbucketAccessParser()),
        new TextDecoder(tomcat(LogFormat.JIRA_ACCESS, tomcatPatterns)),
        new TextDecoder(tomcat(LogFormat.CONFLUENCE_ACCESS, tomcatPatterns)),
        new TextDecoder(new WebAccessParser()));
    json.forEach(d -> decoders.put(d.format(), d));
    text.forEach(d -> decoders.put(d.format(), d));
  }

  private static JsonDecoder jsonDecoder(JsonNormaliser n, ObjectReader reader, Set<Envelope> env) {
    return new JsonDecoder(n, Set.copyOf(env), reader);
  }

  private static JsonDecoder cloudflare(LogFormat dataset, ObjectReader reader) {
    return jsonDecoder(new CloudflareNormaliser(dataset), reader, EnumSet.of(Envelope.ARRAY));
  }

  private static LineParser tomcat(LogFormat f, Map<LogFormat, String> patterns) {
    String p = patterns.get(f);
    return new TomcatAccessParser(f, p != null ? p : TomcatAccessParser.defaultPattern(f));
  }

  Decoder decoder(LogFormat f) {
    return decoders.get(f);
  }

  JsonDecoder jsonDecoder(LogFormat f) {
    return (JsonDecoder) decoders.get(f);
  }

  /** JSON decoders in recognition order; the generic one is last. */
  List<JsonDecoder> json() {
    return json;
  }

  /** Text decoders in recognition order. */
  List<TextDecoder> text() {
    return text;
  }
}
