package io.bulkhead.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a scenario: an organisation's month of logs in the vendors' formats, the inputs a team
 * would have (inventory, credential ledger, exposures, indicators), a host report per system, and
 * the answer key an investigation is scored against.
 *
 * <pre>{@code
 * ScenarioSummary s = ScenarioGenerator.builder().seed(1).scale(0.01).build().generate(Path.of("/tmp/scenario"));
 * }</pre>
 *
 * <p>The same seed, scale, preset and attack flag always give the same bytes, whatever the number
 * of threads. Memory stays flat whatever the scale: each source writes its records as it makes
 * them, one day at a time. A generator is immutable and may be used from several threads.
 *
 * @since 0.1.0
 */
public final class ScenarioGenerator {
  /** The largest scale accepted: 100 times the incident's organisation. */
  public static final double MAX_SCALE = 100;

  private final long seed;
  private final double scale;
  private final boolean attack;
  private final Preset preset;
  private final int threads;

  private ScenarioGenerator(Builder b) {
    this.seed = b.seed;
    this.scale = b.scale;
    this.attack = b.attack;
    this.preset = b.preset;
    this.threads = b.threads;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates into {@code out}, which must not exist or be an empty folder.
   *
   * @return what was written
   * @throws IllegalArgumentException when {@code out} is a file or a folder that is not empty
   * @throws IOException when writing fails
   */
  public ScenarioSummary generate(Path out) throws IOException {
    Objects.requireNonNull(out, "out");
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new IllegalArgumentException(out + " is a file, not a folder");
      }
      try (var s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(out + " is not empty; give a new or empty folder");
        }
      }
    }
    Files.createDirectories(out);
    return new Generation(seed, scale, attack, preset, threads, out).run();
  }

  /** Options of a generator; every option has a default. */
  public static final class Builder {
    private long seed = 1;
    private double scale = 0.01;
    private boolean attack = true;
    private Preset preset = Preset.THANKSGIVING_2023;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    private Builder() {}

    /** The seed of every random choice; 1 by default. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The organisation's size relative to the incident's (3,700 people, 4,893 hosts at 1); 0.01
     * by default. Denominators (issues, pages, repositories, credentials) do not scale.
     *
     * @throws IllegalArgumentException unless {@code 0 < scale <= MAX_SCALE}
     */
    public Builder scale(double scale) {
      if (!(scale > 0) || scale > MAX_SCALE) {
        throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + ", was " + scale);
      }
      this.scale = scale;
      return this;
    }

    /** Whether the intrusion happens; without it the same organisation lives a quiet month. */
    public Builder attack(boolean attack) {
      this.attack = attack;
      return this;
    }

    public Builder preset(Preset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /**
     * Worker threads; the number of cores by default. Output does not depend on it.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public ScenarioGenerator build() {
      return new ScenarioGenerator(this);
    }
  }
}
