package io.bulkhead.scenario;

/**
 * User agents seen in November 2023: the browsers employees run and the clients automation uses.
 * The intruder draws from the same lists, so no agent string singles it out.
 */
final class Agents {
  private Agents() {}

  /** A browser on a laptop, with Okta's parsed {@code browser} and {@code os}. */
  record Browser(String raw, String oktaBrowser, String oktaOs) {}

  static final Browser[] BROWSERS = {
    new Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", "CHROME", "Mac OS X"),
    new Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36", "CHROME", "Mac OS X"),
    new Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15", "SAFARI", "Mac OS X"),
    new Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:119.0) Gecko/20100101 Firefox/119.0", "FIREFOX", "Mac OS X"),
    new Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:120.0) Gecko/20100101 Firefox/120.0", "FIREFOX", "Mac OS X"),
    new Browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", "CHROME", "Windows 10"),
    new Browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.72", "EDGE", "Windows 10"),
    new Browser("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", "CHROME", "Linux"),
    new Browser("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", "FIREFOX", "Linux"),
  };

  /** Relative frequency of each browser above (Macs dominate an engineering company). */
  static final double[] BROWSER_CUM = cumulative(30, 14, 14, 8, 5, 12, 5, 7, 5);

  static final String PYTHON = "python-requests/2.31.0";
  static final String CURL = "curl/7.68.0";
  /** Java's own HTTP client, as Jira plugins that fetch from the internet announce themselves. */
  static final String JAVA = "Java/17.0.8.1";
  static final String GO = "Go-http-client/1.1";
  static final String GIT = "git/2.42.0";
  static final String GIT_SSH = "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.4";
  static final String JAVA_HTTP = "Apache-HttpClient/4.5.14 (Java/17.0.8.1)";
  static final String OKTA_SDK = "okta-sdk-python/2.9.5 python/3.11.6 Linux/5.15.0-1049-aws";
  static final String AWS_CLI = "aws-cli/2.13.33 Python/3.11.6 Linux/6.2.0 exe/x86_64.ubuntu.22 prompt/off";
  static final String BOTO = "Boto3/1.28.85 md/Botocore#1.31.85 ua/2.0 os/linux#5.15.0-1049-aws md/arch#x86_64 lang/python#3.11.6 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.31.85";
  static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.6.3 (+https://www.terraform.io) terraform-provider-aws/5.25.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.47.9 (go1.20.8; linux; amd64)";
  static final String GITHUB_ACTIONS = "GitHub-Hookshot/9c5d1f2";
  static final String OCTOKIT = "octokit-rest.js/20.0.2 octokit-core.js/5.0.1 Node.js/20";

  /** The AWS CLI's command name for an API call: {@code ListBuckets} is {@code list-buckets}. */
  static String cliCommand(String apiName) {
    return apiName.replaceAll("\\d{8}$", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static double[] cumulative(double... w) {
    double[] c = new double[w.length];
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i];
      c[i] = s;
    }
    return c;
  }
}
