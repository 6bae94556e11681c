package io.bulkhead.bench;

import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The benchmark command line, the main class of {@code bulkhead-bench.jar}.
 *
 * <pre>
 * java -jar bulkhead-bench.jar read [--size 1g] [--size 4g] [--formats okta,cloudtrail] [--threads N]
 * java -jar bulkhead-bench.jar jmh [JMH options, e.g. -p format=okta -f 1]
 * </pre>
 */
public final class Bench {
  private static final String USAGE = ReadOptions.USAGE + """

             bench jmh [JMH options]     (runs JsonParseBench; -h lists JMH's options)
      run as: java -jar bulkhead-bench/target/bulkhead-bench.jar read|jmh ...""";

  private Bench() {}

  public static void main(String[] args) throws RunnerException {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      System.out.println(USAGE);
      return;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "read" -> new ReadBenchmark(ReadOptions.parse(rest), System.out).run();
        case "jmh" -> JmhCommand.run(rest, System.out);
        default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }
}
