package io.bulkhead.scenario;

/** How the intruder's strings are compared with everyone's: agents without per-command detail, URLs as shapes. */
final class Indistinguishable {
  private Indistinguishable() {}

  /** The AWS CLI appends the command it runs; the client is the rest. */
  static String agent(String ua) {
    int i = ua.indexOf(" command/");
    return i < 0 ? ua : ua.substring(0, i);
  }

  /**
   * A URL with its identifiers abstracted: issue keys, numbers, project keys and slugs, page
   * titles, and query values (parameter names kept).
   */
  static String shape(String url) {
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q + 1);
    path = path.replaceAll("/display/[^/]+/.+", "/display/S/T")
        .replaceAll("/projects/[^/]+/repos/[^/]+", "/projects/P/repos/R")
        .replaceAll("/scm/[^/]+/[^/]+\\.git", "/scm/P/R.git")
        .replaceAll("[A-Z][A-Z0-9]+-\\d+", "KEY")
        .replaceAll("\\d+", "N");
    StringBuilder s = new StringBuilder(path);
    if (!query.isEmpty()) {
      s.append('?');
      for (String kv : query.split("&")) {
        int eq = kv.indexOf('=');
        s.append(eq < 0 ? kv : kv.substring(0, eq)).append('&');
      }
    }
    return s.toString();
  }
}
