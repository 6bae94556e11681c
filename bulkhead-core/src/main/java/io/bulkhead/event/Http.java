package io.bulkhead.event;

/**
 * The HTTP exchange of a request log line: method, URL as logged (path and query, or absolute),
 * response status and response bytes. Null parts were not logged.
 */
public record Http(String method, String url, Integer status, Long bytes) {
  /** An exchange, or null when all parts are null or blank. */
  public static Http of(String method, String url, Integer status, Long bytes) {
    method = Text.blankToNull(method);
    url = Text.blankToNull(url);
    return method == null && url == null && status == null && bytes == null
        ? null
        : new Http(method, url, status, bytes);
  }
}
