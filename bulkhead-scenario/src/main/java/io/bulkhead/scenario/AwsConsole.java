package io.bulkhead.scenario;

/**
 * A person's AWS visit through SSO: the SAML role assumption, then either the console (sign-in and
 * a few reads) or the AWS CLI (reads with {@code aws-cli} as agent, as engineers and the intruder alike run it).
 */
final class AwsConsole {
  private AwsConsole() {}

  static void session(DayRun run, long start, Rng rng, Person p, DayPlan plan) {
    String account = rng.pick(new String[] {Org.AWS_SECURITY_ACCOUNT, Org.AWS_DATA_ACCOUNT});
    String role = p.role() == Person.Role.SECURITY ? "AWSReservedSSO_SecurityAudit_7d1f3c2b9a8e6d54" : "AWSReservedSSO_PowerUser_4b2c9e1d7a6f8e35";
    String roleId = "AROA" + Rng.of(account.hashCode(), role).upperAlnum(17);
    CloudTrailEvent saml = new CloudTrailEvent(start, account, "us-east-1").call("sts", "AssumeRoleWithSAML", true);
    saml.idType = "SAMLUser";
    saml.principalId = "x8ZdYlPm0s2Bqk5Wv9JtC4e7Hfo=:" + p.email();
    saml.arn = null;
    saml.userName = p.email();
    saml.sourceIp = plan.addr().ip();
    saml.ua = p.browser().raw();
    saml.requestParameters = "{\"roleArn\":\"arn:aws:iam::" + account + ":role/aws-reserved/sso.amazonaws.com/" + role
        + "\",\"durationSeconds\":3600}";
    run.push(saml);
    String key = "ASIA" + rng.upperAlnum(16);
    if (rng.chance(0.4)) {
      cli(run, start + rng.between(2_000, 8_000), rng, account, p, role, roleId, key, plan);
      return;
    }
    CloudTrailEvent login = assumed(start + rng.between(800, 3_000), account, p, role, roleId, key, plan)
        .call("signin", "ConsoleLogin", false);
    login.eventType = "AwsConsoleSignIn";
    login.responseElements = "{\"ConsoleLogin\":\"Success\"}";
    login.additionalEventData = "{\"MobileVersion\":\"No\",\"MFAUsed\":\"No\"}";
    run.push(login);
    long t = login.t + 5_000;
    int n = 2 + rng.poisson(6);
    for (int i = 0; i < n; i++) {
      String[] call = rng.pick(new String[][] {{"ec2", "DescribeInstances"}, {"s3", "ListBuckets"}, {"iam", "ListRoles"},
        {"cloudwatch", "DescribeAlarms"}, {"logs", "DescribeLogGroups"}});
      CloudTrailEvent e = assumed(t, account, p, role, roleId, key, plan).call(call[0], call[1], true);
      e.ua = "AWS Internal";
      run.push(e);
      t += rng.between(3_000, 120_000);
    }
  }

  private static void cli(DayRun run, long t, Rng rng, String account, Person p, String role, String roleId, String key,
      DayPlan plan) {
    String[][] calls = {{"sts", "GetCallerIdentity"}, {"s3", "ListBuckets"}, {"ec2", "DescribeInstances"},
      {"iam", "ListRoles"}, {"lambda", "ListFunctions20150331"}, {"logs", "DescribeLogGroups"}};
    int n = 1 + rng.poisson(4);
    for (int i = 0; i < n; i++) {
      String[] call = i == 0 ? calls[0] : calls[rng.nextInt(calls.length)];
      CloudTrailEvent e = assumed(t, account, p, role, roleId, key, plan).call(call[0], call[1], true);
      e.ua = Agents.AWS_CLI + " command/" + call[0] + "." + Agents.cliCommand(call[1]);
      run.push(e);
      t += rng.between(1_500, 90_000);
    }
  }

  private static CloudTrailEvent assumed(long t, String account, Person p, String role, String roleId, String key, DayPlan plan) {
    CloudTrailEvent e = new CloudTrailEvent(t, account, "us-east-1");
    e.idType = "AssumedRole";
    e.principalId = roleId + ":" + p.email();
    e.arn = "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + p.email();
    e.accessKeyId = key;
    e.issuerRole = role;
    e.sourceIp = plan.addr().ip();
    e.ua = p.browser().raw();
    return e;
  }
}
