package io.bulkhead.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulkhead.event.Event;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the logs marks the intruder: every user agent and every URL shape its records carry
 * also appears in records of ordinary life. An investigator must earn each answer from identities,
 * addresses and behaviour, not from a telltale string.
 */
final class IndistinguishableTest {
  private final Fixture f = Fixture.attack();

  @Test
  void intruderAgents_areAlsoEveryoneElses() {
    Map<String, Map<String, Long>> mine = count(true);
    assertThat(mine).isNotEmpty();
    mine.forEach((source, agents) -> agents.forEach((agent, n) ->
        assertThat(f.agents.get(source).get(agent)).as(source + ": " + agent).isGreaterThan(n)));
  }

  @Test
  void intruderUrlShapes_areAlsoEveryoneElses() {
    Map<String, Map<String, Long>> mine = count(false);
    assertThat(mine.keySet()).contains("jira-access", "confluence-access", "bitbucket-access");
    mine.forEach((source, shapes) -> shapes.forEach((shape, n) ->
        assertThat(f.shapes.get(source).get(shape)).as(source + ": " + shape).isGreaterThan(n)));
  }

  private Map<String, Map<String, Long>> count(boolean agents) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (Event e : f.intruder) {
      if (agents && e.client() != null && e.client().userAgent() != null) {
        out.computeIfAbsent(e.logsource(), k -> new TreeMap<>()).merge(Indistinguishable.agent(e.client().userAgent()), 1L, Long::sum);
      } else if (!agents && e.logsource().endsWith("-access") && e.http() != null && e.http().url() != null) {
        out.computeIfAbsent(e.logsource(), k -> new TreeMap<>()).merge(Indistinguishable.shape(e.http().url()), 1L, Long::sum);
      }
    }
    return out;
  }
}
