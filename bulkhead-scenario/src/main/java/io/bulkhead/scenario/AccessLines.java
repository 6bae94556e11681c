package io.bulkhead.scenario;

/**
 * The products' own access-log lines, in their default patterns:
 * <ul>
 *   <li>Jira: {@code %a %{jira.request.id}r %{jira.request.username}r %t "%m %U%q %H" %s %b %D
 *       "%{Referer}i" "%{User-Agent}i" "%{jira.request.assession.id}r"}
 *   <li>Confluence: {@code %t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i}
 *       (referer and agent unquoted)
 *   <li>Bitbucket: {@code IP | protocol | request-id | user | time | action | "referer" "agent" |
 *       status | bytes-read | bytes-written | labels | duration | session |}, an incoming line
 *       ({@code i@}, result fields {@code -}) and an outgoing one ({@code o@}); SSH as Atlassian's
 *       documented example, without a duration.
 * </ul>
 * The servers run on UTC (Tomcat writes {@code +0000}; Bitbucket writes no zone).
 */
final class AccessLines {
  private AccessLines() {}

  static Buf jira(Buf b, WebReq r, String requestId) {
    WebReq.Client c = r.client;
    b.text(c.ip()).ch(' ').text(requestId).ch(' ').text(c.user() == null ? "-" : c.user()).ch(' ');
    TimeText.clf(b, r.appTime);
    b.text(" \"").text(r.method).ch(' ').text(r.uri).text(" HTTP/1.1\" ").num(r.status).ch(' ');
    bytes(b, r.bytes).ch(' ').num(r.durMs).text(" \"").text(r.referer == null ? "-" : r.referer).text("\" \"")
        .text(c.ua()).text("\" \"").text(c.session() == null ? "-" : c.session()).ch('"');
    return b;
  }

  static Buf confluence(Buf b, WebReq r, int thread) {
    WebReq.Client c = r.client;
    TimeText.clf(b, r.appTime);
    b.ch(' ').text(c.user() == null ? "-" : c.user()).text(" http-nio-8090-exec-").num(thread).ch(' ')
        .text(c.ip()).ch(' ').text(r.method).ch(' ').text(r.uri).text(" HTTP/1.1 ").num(r.status).ch(' ')
        .num(r.durMs).text("ms ");
    bytes(b, r.bytes).ch(' ').text(r.referer == null ? "-" : r.referer).ch(' ').text(c.ua());
    return b;
  }

  static Buf bitbucket(Buf b, WebReq r, boolean outgoing) {
    WebReq.Client c = r.client;
    boolean ssh = r.ssh();
    b.text(c.ip()).text(ssh ? " | ssh | " : " | https | ").ch(outgoing ? 'o' : 'i').ch(ssh ? '*' : '@')
        .text(r.requestId).text(" | ").text(c.user() == null ? "-" : c.user()).text(" | ");
    TimeText.bitbucket(b, outgoing ? r.appEnd() : r.appTime);
    if (ssh) {
      b.text(" | SSH - ").text(r.uri).text(" | - | ");
      if (!outgoing) {
        return b.text("- | - | - | - | - |");
      }
      b.num(r.status).text(" | ").num(r.requestBytes()).text(" | ").num(r.bytes).text(" | cache:miss, refs, ssh:id:")
          .num(1000 + Math.floorMod(c.user().hashCode(), 9000)).text(", ssh:label:'").text(c.user()).ch('@')
          .text(Org.DOMAIN).text("' | ").text(c.session()).text(" |");
      return b;
    }
    b.text(" | \"").text(r.method).ch(' ').text(r.uri).text(" HTTP/1.1\" | \"").text(r.referer == null ? "" : r.referer)
        .text("\" \"").text(c.ua()).text("\" | ");
    if (!outgoing) {
      return b.text("- | - | - | - | - | - |");
    }
    b.num(r.status).text(" | ").num(r.requestBytes()).text(" | ").num(r.bytes).text(" | ")
        .text(r.uri.contains(".git/") ? "cache:miss, refs" : "-").text(" | ").num(r.durMs).text(" | ")
        .text(c.session() == null ? "-" : c.session()).text(" |");
    return b;
  }

  private static Buf bytes(Buf b, long n) {
    return n == 0 ? b.ch('-') : b.num(n);
  }
}
