package io.bulkhead.scenario;

import io.bulkhead.event.Origin;
import java.io.IOException;

/**
 * A Cloudflare Gateway record: an HTTP request ({@code gateway_http}) or an L4 session
 * ({@code gateway_network}) from an enrolled laptop or a server whose egress Gateway filters.
 * Field sets are the vendor's, alphabetical, times RFC 3339.
 */
final class GatewayEvent extends Ev {
  /** Who sends: a person's device, or a server (no user, no device). */
  record Origin3(String email, String userId, String deviceId, String deviceName, String ip, String internalIp) {}

  final boolean http;
  Origin3 from;
  String action = "allow";
  String destIp;
  int destPort = 443;
  String host;
  String method = "GET";
  int status = 200;
  String url;
  String ua;
  String policyId = "";
  String policyName = "";
  String transport = "tcp";
  String downloaded;
  long downloadedSize;
  Step step;

  GatewayEvent(long t, boolean http) {
    super(t);
    this.http = http;
  }

  @Override
  boolean planted() {
    return step != null;
  }

  @Override
  void emit(DayRun run) throws IOException {
    GatewaySource src = (GatewaySource) run.source;
    Rng rng = src.rng;
    Buf b = run.buf();
    b.open().s("AccountID", run.org.cloudflareAccount).s("Action", action);
    if (http) {
      b.s("BlockedFileHash", "").s("BlockedFileName", "").s("BlockedFileReason", "").n("BlockedFileSize", 0)
          .s("BlockedFileType", "");
    }
    b.key("Datetime");
    TimeText.isoSeconds(b.ch('"'), t).ch('"');
    b.s("DestinationIP", destIp).n("DestinationPort", destPort).s("DeviceID", from.deviceId()).s("DeviceName", from.deviceName());
    if (http) {
      b.arr("DownloadedFileNames");
      if (downloaded != null) {
        b.el(downloaded);
      }
      b.closeArr();
    }
    b.s("Email", from.email());
    if (http) {
      b.obj("FileInfo").arr("files");
      if (downloaded != null) {
        b.elObj().s("name", downloaded).n("size", downloadedSize).close();
      }
      b.closeArr().close();
      b.s("HTTPHost", host).s("HTTPMethod", method).n("HTTPStatusCode", status).s("HTTPVersion", "HTTP/2")
          .b("IsIsolated", false);
    } else {
      b.s("OverrideIP", "").n("OverridePort", 0);
    }
    b.s("PolicyID", policyId).s("PolicyName", policyName);
    if (http) {
      b.s("Referer", "").s("RequestID", rng.hex(32));
    } else {
      b.s("SNI", host == null ? "" : host).s("SessionID", rng.uuidV1());
    }
    b.s("SourceIP", from.ip()).s("SourceInternalIP", from.internalIp()).n("SourcePort", 32_768 + rng.nextInt(28_000));
    if (http) {
      b.s("UntrustedCertificateAction", "none").arr("UploadedFileNames").closeArr().s("URL", url).s("UserAgent", ua);
    } else {
      b.s("Transport", transport);
    }
    b.s("UserID", from.userId()).close();
    Origin o = run.sink(http ? GatewaySource.HTTP : GatewaySource.NET).write(t, b, planted());
    if (step != null) {
      step.wrote(o, TimeText.seconds(t));
    }
  }
}
