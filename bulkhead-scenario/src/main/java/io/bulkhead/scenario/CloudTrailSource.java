package io.bulkhead.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * CloudTrail for the organisation's AWS accounts (the Apps-marketplace account, a security-tooling
 * account, a data account in two regions), delivered to S3 as AWS lays it out. Most records are
 * AWS services acting on the accounts' behalf; people sign in to the console through SSO;
 * Terraform plans run in CI; two scripts use long-term keys the ledger gets wrong (a backup
 * writer marked unused, a reporting job still on the key that was rotated away).
 */
final class CloudTrailSource implements DaySource {
  static final String[][] TRAILS = {
    {Org.AWS_MARKETPLACE_ACCOUNT, "us-east-1"}, {Org.AWS_SECURITY_ACCOUNT, "us-east-1"},
    {Org.AWS_DATA_ACCOUNT, "us-east-1"}, {Org.AWS_DATA_ACCOUNT, "eu-west-1"}};
  private static final String[][] SERVICE_CALLS = {
    {"config", "DescribeConfigurationRecorderStatus"}, {"ec2", "DescribeInstances"}, {"ec2", "DescribeVolumes"},
    {"sts", "AssumeRole"}, {"kms", "Decrypt"}, {"kms", "GenerateDataKey"}, {"logs", "CreateLogStream"},
    {"lambda", "GetFunction"}, {"autoscaling", "DescribeAutoScalingGroups"}, {"elasticloadbalancing", "DescribeTargetHealth"}};
  static final String EGRESS = "198.51.100.40";

  final Rng rng;

  CloudTrailSource(Org org, int day) {
    this.rng = Rng.of(org.seed, "cloudtrail-render", day);
  }

  @Override
  public String group() {
    return "cloudtrail";
  }

  @Override
  public void open(DayRun run) {
    Path dir = run.root.resolve("logs").resolve("cloudtrail");
    for (String[] tr : TRAILS) {
      run.sink(tr[0] + "/" + tr[1], new CloudTrailSink(run.root, dir, tr[0], tr[1], Rng.of(run.org.seed, "ct-names", tr[0], tr[1], run.day)));
    }
  }

  @Override
  public void sessions(DayRun run, List<Session> out) {
    Org org = run.org;
    int[] order = {0};
    int bursts = org.scaled(2_000, 20);
    for (int i = 0; i < bursts; i++) {
      String[] trail = TRAILS[i % TRAILS.length];
      WebSource.add(run, out, order, run.start + (long) (run.rng.nextDouble() * TimeText.DAY),
          (r, s, rng) -> services(r, s, rng, trail));
    }
    WebSource.add(run, out, order, run.start + 2 * 3_600_000L + 300_000, CloudTrailSource::backup);
    WebSource.add(run, out, order, run.start + 6 * 3_600_000L + 120_000, CloudTrailSource::reporting);
    int plans = Robots.weekend(run.day) ? 0 : org.scaled(40, 2);
    for (int i = 0; i < plans; i++) {
      WebSource.add(run, out, order, run.start + 13 * 3_600_000L + (long) (run.rng.nextDouble() * 10 * 3_600_000L),
          CloudTrailSource::terraform);
    }
    Plans.around(org, run.day, (p, plan) -> {
      if (plan.awsConsole() > 0) {
        WebSource.add(run, out, order, plan.awsConsole(), (r, s, rng) -> AwsConsole.session(r, s, rng, p, plan));
      }
    });
  }

  private static void services(DayRun run, long start, Rng rng, String[] trail) {
    int n = 3 + rng.poisson(8);
    for (int i = 0; i < n; i++) {
      String[] call = SERVICE_CALLS[rng.nextInt(SERVICE_CALLS.length)];
      CloudTrailEvent e = new CloudTrailEvent(start + i * 1_500L + rng.nextInt(1_000), trail[0], trail[1])
          .call(call[0], call[1], !call[1].startsWith("Create") && !call[1].startsWith("Generate"));
      e.idType = "AWSService";
      String svc = rng.pick(new String[] {"config", "lambda", "autoscaling", "ecs-tasks"}) + ".amazonaws.com";
      e.invokedBy = svc;
      e.sourceIp = svc;
      e.ua = svc;
      e.eventType = "AwsApiCall";
      e.requestParameters = call[1].equals("AssumeRole")
          ? "{\"roleArn\":\"arn:aws:iam::" + trail[0] + ":role/" + rng.pick(Names.TOPICS) + "-task\",\"roleSessionName\":\"" + rng.hex(12) + "\"}"
          : "null";
      run.push(e);
    }
  }

  /** The nightly backup writer, with a key its owner marked unused. */
  private static void backup(DayRun run, long start, Rng rng) {
    Credential c = run.org.ledger.named(Ledger.S3_BACKUP);
    String[][] calls = {{"sts", "GetCallerIdentity"}, {"s3", "ListBuckets"}, {"s3", "GetBucketLocation"},
      {"kms", "GenerateDataKey"}, {"kms", "GenerateDataKey"}, {"s3", "GetBucketVersioning"}};
    long t = start;
    for (String[] call : calls) {
      CloudTrailEvent e = CloudTrailEvent.iamUser(t, Org.AWS_DATA_ACCOUNT, "us-east-1", Ledger.S3_BACKUP, c.identifier("aws_access_key_id"))
          .call(call[0], call[1], !call[1].startsWith("Generate"));
      e.sourceIp = EGRESS;
      e.ua = Agents.BOTO;
      e.watch = c.id();
      run.push(e);
      t += rng.between(400, 4_000);
    }
  }

  /** The reporting job, still configured with the access key that the October rotation replaced. */
  private static void reporting(DayRun run, long start, Rng rng) {
    Credential c = run.org.ledger.named(Ledger.REPORTING);
    long t = start;
    for (String name : new String[] {"StartQueryExecution", "GetQueryExecution", "GetQueryExecution", "GetQueryResults"}) {
      CloudTrailEvent e = CloudTrailEvent.iamUser(t, Org.AWS_DATA_ACCOUNT, "us-east-1", Ledger.REPORTING, run.org.ledger.reportingOldKey)
          .call("athena", name, !name.startsWith("Start"));
      e.sourceIp = "198.51.100.41";
      e.ua = Agents.BOTO;
      e.watch = c.id();
      run.push(e);
      t += rng.between(1_000, 20_000);
    }
  }

  private static void terraform(DayRun run, long start, Rng rng) {
    Credential c = run.org.ledger.named(Ledger.TERRAFORM);
    String[] trail = TRAILS[1 + rng.nextInt(TRAILS.length - 1)];
    CloudTrailEvent assume = CloudTrailEvent.iamUser(start, trail[0], trail[1], Ledger.TERRAFORM, c.identifier("aws_access_key_id"))
        .call("sts", "AssumeRole", true);
    assume.sourceIp = "198.51.100.42";
    assume.ua = Agents.TERRAFORM;
    assume.requestParameters = "{\"roleArn\":\"arn:aws:iam::" + trail[0] + ":role/terraform-plan\",\"roleSessionName\":\"terraform-ci\"}";
    run.push(assume);
    String session = "ASIA" + rng.upperAlnum(16);
    int n = 5 + rng.poisson(15);
    for (int i = 0; i < n; i++) {
      String[] call = SERVICE_CALLS[rng.nextInt(SERVICE_CALLS.length)];
      CloudTrailEvent e = new CloudTrailEvent(start + 2_000 + i * 700L, trail[0], trail[1]).call(call[0],
          call[1].startsWith("Describe") || call[1].startsWith("Get") ? call[1] : "DescribeInstances", true);
      e.idType = "AssumedRole";
      e.principalId = "AROA" + Rng.of(7, trail[0]).upperAlnum(17) + ":terraform-ci";
      e.arn = "arn:aws:sts::" + trail[0] + ":assumed-role/terraform-plan/terraform-ci";
      e.accessKeyId = session;
      e.issuerRole = "terraform-plan";
      e.sourceIp = "198.51.100.42";
      e.ua = Agents.TERRAFORM;
      run.push(e);
    }
  }
}
