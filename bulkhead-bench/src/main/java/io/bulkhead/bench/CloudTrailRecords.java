package io.bulkhead.bench;

/**
 * AWS CloudTrail records, one per line as CloudWatch Logs and the vendor sample hold them: console
 * logins that succeed and fail, role assumption, S3 data events, EC2 and Secrets Manager reads, KMS
 * decrypts and IAM changes, by IAM users, assumed roles, the root user and AWS services. Some calls
 * fail with {@code AccessDenied}, as a probing intruder's do.
 */
final class CloudTrailRecords implements RecordWriter {
  private static final long START_MILLIS = 1_740_787_200_000L;
  private static final String[] ACCOUNTS = {"111122223333", "444455556666", "187901811700"};
  private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"};
  private static final String[] ROLES = {
    "AWSReservedSSO_DevAdmin_635426549a280cc6", "AWSReservedSSO_ReadOnly_1f2e3d4c5b6a7980",
    "ci-deploy", "lambda-orders-exec", "eks-node-group"
  };
  private static final String[] BUCKETS = {"prod-artifacts", "customer-exports", "cloudtrail-logs-111122223333", "backups-db"};
  private static final String[] API_AGENTS = {
    "aws-cli/2.22.4 md/awscrt#0.23.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe sid/6a1b command/s3.cp",
    "Boto3/1.35.76 md/Botocore#1.35.76 ua/2.0 os/linux#5.10.228-219.884.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.35.76",
    "aws-sdk-java/2.29.29 Linux/6.1.115-126.197.amzn2023.x86_64 OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/adaptive",
    "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750 Linux/5.10.228-198.884.amzn2int.x86_64]",
    "terraform-provider-aws/5.80.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.32.6"
  };

  private final Fake fake;
  private long millis = START_MILLIS;

  CloudTrailRecords(long seed) {
    this.fake = new Fake(seed);
  }

  @Override
  public void write(JsonOut out, long n) {
    millis += 1000L * fake.nextInt(3) + fake.nextInt(50);
    String account = fake.pick(ACCOUNTS);
    int what = fake.nextInt(100);
    out.beginObject().string("eventVersion", "1.10");
    if (what < 10) {
      consoleLogin(out, account);
    } else {
      apiCall(out, account, what);
    }
    out.endObject();
  }

  private void consoleLogin(JsonOut out, String account) {
    boolean ok = fake.chance(70);
    String user = fake.login();
    out.beginObject("userIdentity").string("type", "IAMUser").string("principalId", fake.upper("AIDA", 17))
        .string("arn", "arn:aws:iam::" + account + ":user/" + user).string("accountId", account)
        .string("userName", user).endObject();
    envelope(out, "signin.amazonaws.com", "ConsoleLogin", "us-east-1", fake.userAgent());
    if (!ok) {
      out.string("errorMessage", "Failed authentication");
    }
    out.nullValue("requestParameters");
    out.beginObject("responseElements").string("ConsoleLogin", ok ? "Success" : "Failure").endObject();
    out.beginObject("additionalEventData")
        .string("LoginTo", "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true")
        .string("MobileVersion", "No").string("MFAUsed", fake.chance(60) ? "Yes" : "No").endObject();
    ids(out);
    out.bool("readOnly", false).string("eventType", "AwsConsoleSignIn").bool("managementEvent", true)
        .string("recipientAccountId", account).string("eventCategory", "Management");
    tls(out, "signin.aws.amazon.com");
  }

  private void apiCall(JsonOut out, String account, int what) {
    String region = fake.pick(REGIONS);
    userIdentity(out, account, what);
    boolean denied = fake.chance(6);
    if (what < 30) {
      s3(out, account, region, denied);
    } else if (what < 45) {
      assumeRole(out, account, region);
    } else if (what < 60) {
      simple(out, "ec2.amazonaws.com", "DescribeInstances", region, denied, true);
      out.beginObject("requestParameters").beginObject("instancesSet").endObject()
          .beginObject("filterSet").beginArray("items").beginObject().string("name", "instance-state-name")
          .beginObject("valueSet").beginArray("items").beginObject().string("value", "running").endObject()
          .endArray().endObject().endObject().endArray().endObject().endObject();
      out.nullValue("responseElements");
    } else if (what < 72) {
      simple(out, "secretsmanager.amazonaws.com", "GetSecretValue", region, denied, true);
      out.beginObject("requestParameters").string("secretId", "arn:aws:secretsmanager:" + region + ":" + account
          + ":secret:prod/db/" + fake.pick(BUCKETS) + "-" + fake.alnum("", 6)).endObject();
      out.nullValue("responseElements");
    } else if (what < 85) {
      kms(out, account, region, denied);
    } else {
      iam(out, account, denied);
    }
    ids(out);
    out.string("eventType", "AwsApiCall").bool("managementEvent", what >= 30)
        .string("recipientAccountId", account).string("eventCategory", what < 30 ? "Data" : "Management");
    tls(out, region + ".amazonaws.com");
  }

  /** IAM users, assumed roles (most calls), the root user and AWS services acting for a user. */
  private void userIdentity(JsonOut out, String account, int what) {
    int kind = fake.nextInt(100);
    out.beginObject("userIdentity");
    if (kind < 25) {
      String user = fake.login();
      out.string("type", "IAMUser").string("principalId", fake.upper("AIDA", 17))
          .string("arn", "arn:aws:iam::" + account + ":user/" + user).string("accountId", account)
          .string("accessKeyId", fake.upper("AKIA", 16)).string("userName", user);
    } else if (kind < 92) {
      assumedRole(out, account);
    } else if (kind < 95) {
      out.string("type", "Root").string("principalId", account).string("arn", "arn:aws:iam::" + account + ":root")
          .string("accountId", account).string("accessKeyId", fake.upper("ASIA", 16));
    } else {
      out.string("type", "AWSService").string("invokedBy", what < 30 ? "cloudtrail.amazonaws.com" : "ec2.amazonaws.com");
    }
    out.endObject();
  }

  private void assumedRole(JsonOut out, String account) {
    String role = fake.pick(ROLES);
    String session = fake.login();
    String roleId = "AROA" + fake.upper("", 17);
    out.string("type", "AssumedRole").string("principalId", roleId + ":" + session)
        .string("arn", "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session)
        .string("accountId", account).string("accessKeyId", fake.upper("ASIA", 16));
    out.beginObject("sessionContext")
        .beginObject("sessionIssuer").string("type", "Role").string("principalId", roleId)
        .string("arn", "arn:aws:iam::" + account + ":role/" + role).string("accountId", account)
        .string("userName", role).endObject()
        .emptyObject("webIdFederationData")
        .beginObject("attributes").isoTime("creationDate", millis - fake.nextInt(3_600_000), false)
        .string("mfaAuthenticated", fake.chance(40) ? "true" : "false").endObject()
        .endObject();
  }

  private void envelope(JsonOut out, String source, String name, String region, String agent) {
    out.isoTime("eventTime", millis, false).string("eventSource", source).string("eventName", name)
        .string("awsRegion", region).string("sourceIPAddress", fake.ipv4()).string("userAgent", agent);
  }

  private void simple(JsonOut out, String source, String name, String region, boolean denied, boolean readOnly) {
    envelope(out, source, name, region, fake.pick(API_AGENTS));
    if (denied) {
      out.string("errorCode", "AccessDenied").string("errorMessage", "User is not authorized to perform: "
          + source.substring(0, source.indexOf('.')) + ":" + name + " because no identity-based policy allows the action");
    }
    out.bool("readOnly", readOnly);
  }

  private void s3(JsonOut out, String account, String region, boolean denied) {
    boolean get = fake.chance(80);
    String bucket = fake.pick(BUCKETS);
    String key = "exports/" + fake.nextInt(2030) + "/" + fake.uuid() + ".csv.gz";
    simple(out, "s3.amazonaws.com", get ? "GetObject" : "PutObject", region, denied, get);
    out.beginObject("requestParameters").string("bucketName", bucket)
        .string("Host", bucket + ".s3." + region + ".amazonaws.com").string("key", key).endObject();
    out.nullValue("responseElements");
    out.beginObject("additionalEventData").string("SignatureVersion", "SigV4")
        .string("CipherSuite", "TLS_AES_128_GCM_SHA256").number("bytesTransferredIn", get ? 0 : fake.nextInt(5_000_000))
        .string("AuthenticationMethod", "AuthHeader").string("x-amz-id-2", fake.alnum("", 76))
        .number("bytesTransferredOut", get ? fake.nextInt(50_000_000) : 0).endObject();
    out.beginArray("resources")
        .beginObject().string("type", "AWS::S3::Object").string("ARN", "arn:aws:s3:::" + bucket + "/" + key).endObject()
        .beginObject().string("accountId", account).string("type", "AWS::S3::Bucket")
        .string("ARN", "arn:aws:s3:::" + bucket).endObject()
        .endArray();
  }

  private void assumeRole(JsonOut out, String account, String region) {
    String role = fake.pick(ROLES);
    String session = fake.login();
    simple(out, "sts.amazonaws.com", "AssumeRole", region, false, true);
    out.beginObject("requestParameters").string("roleArn", "arn:aws:iam::" + account + ":role/" + role)
        .string("roleSessionName", session).number("durationSeconds", 3600).endObject();
    out.beginObject("responseElements").beginObject("credentials")
        .string("accessKeyId", fake.upper("ASIA", 16))
        .string("sessionToken", fake.alnum("IQoJb3JpZ2luX2Vj", 340))
        .string("expiration", "Mar 1, 2025, 1:00:00 PM").endObject()
        .beginObject("assumedRoleUser").string("assumedRoleId", fake.upper("AROA", 17) + ":" + session)
        .string("arn", "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session).endObject()
        .endObject();
    out.beginArray("resources").beginObject().string("accountId", account).string("type", "AWS::IAM::Role")
        .string("ARN", "arn:aws:iam::" + account + ":role/" + role).endObject().endArray();
  }

  private void kms(JsonOut out, String account, String region, boolean denied) {
    String key = "arn:aws:kms:" + region + ":" + account + ":key/" + fake.uuid();
    simple(out, "kms.amazonaws.com", "Decrypt", region, denied, true);
    out.beginObject("requestParameters").string("encryptionAlgorithm", "SYMMETRIC_DEFAULT")
        .beginObject("encryptionContext").string("aws:lambda:FunctionArn",
            "arn:aws:lambda:" + region + ":" + account + ":function:orders-" + fake.nextInt(40)).endObject()
        .endObject();
    out.nullValue("responseElements");
    out.beginArray("resources").beginObject().string("accountId", account).string("type", "AWS::KMS::Key")
        .string("ARN", key).endObject().endArray();
  }

  private void iam(JsonOut out, String account, boolean denied) {
    String[] names = {"CreateUser", "CreateAccessKey", "AttachUserPolicy", "AddUserToGroup"};
    String name = fake.pick(names);
    String user = fake.login();
    simple(out, "iam.amazonaws.com", name, "us-east-1", denied, false);
    out.beginObject("requestParameters").string("userName", user);
    switch (name) {
      case "AttachUserPolicy" -> out.string("policyArn", "arn:aws:iam::aws:policy/AdministratorAccess");
      case "AddUserToGroup" -> out.string("groupName", "admins");
      default -> { }
    }
    out.endObject();
    if (denied || !name.startsWith("Create")) {
      out.nullValue("responseElements");
    } else {
      out.beginObject("responseElements").beginObject("user").string("path", "/").string("userName", user)
          .string("userId", fake.upper("AIDA", 17)).string("arn", "arn:aws:iam::" + account + ":user/" + user)
          .string("createDate", "Mar 1, 2025, 12:00:00 PM").endObject().endObject();
    }
  }

  private void ids(JsonOut out) {
    out.string("requestID", fake.uuid()).string("eventID", fake.uuid());
  }

  private void tls(JsonOut out, String host) {
    out.beginObject("tlsDetails").string("tlsVersion", "TLSv1.3").string("cipherSuite", "TLS_AES_128_GCM_SHA256")
        .string("clientProvidedHostHeader", host).endObject();
  }
}
