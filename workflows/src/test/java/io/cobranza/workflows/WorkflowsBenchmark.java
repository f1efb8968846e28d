package io.cobranza.workflows;

import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;

import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code benchmarks/run workflows}: CASES (default 10,000) cases through a 90-day, 12-step protocol
 * on Temporal's in-process test server with time skipping, then, in the same run, the SDK's floor:
 * a trivial workflow per case running the same number of no-op activities in all. Prints {@code
 * cases/s}, {@code activities/s}, {@code floor activities/s} and last {@code ratio: floor time /
 * Cobranza time}.
 */
public final class WorkflowsBenchmark {
  private WorkflowsBenchmark() {}

  static final Instant START = Instant.parse("2026-11-02T15:00:00Z");

  /** Six contacts over 90 days: sends and waits, then the end; 12 steps. */
  static TreatmentProtocol ninetyDays() {
    return new TreatmentProtocol(
        "ninety-days",
        1,
        "Ninety days",
        "Six contacts over ninety days, then the end.",
        "sms-1",
        List.of(
            Step.Send.of("sms-1", Channel.SMS, "n.sms", "wait-14a", Map.of()),
            new Step.Wait("wait-14a", Duration.ofDays(14), "email-1", Map.of()),
            Step.Send.of("email-1", Channel.EMAIL, "n.email", "wait-14b", Map.of()),
            new Step.Wait("wait-14b", Duration.ofDays(14), "sms-2", Map.of()),
            Step.Send.of("sms-2", Channel.SMS, "n.sms", "wait-14c", Map.of()),
            new Step.Wait("wait-14c", Duration.ofDays(14), "letter-1", Map.of()),
            Step.Send.of("letter-1", Channel.LETTER, "n.letter", "wait-21", Map.of()),
            new Step.Wait("wait-21", Duration.ofDays(21), "email-2", Map.of()),
            Step.Send.of("email-2", Channel.EMAIL, "n.email", "wait-27", Map.of()),
            new Step.Wait("wait-27", Duration.ofDays(27), "sms-3", Map.of()),
            Step.Send.of("sms-3", Channel.SMS, "n.sms", "end", Map.of()),
            new Step.End("end", Resolution.EXHAUSTED)),
        TreatmentProtocol.DEFAULT_PROMISE_GRACE);
  }

  /** The activities, counting the calls the workflows make. */
  static CaseActivities counting(CaseActivities treatment, AtomicLong calls) {
    return (CaseActivities)
        Proxy.newProxyInstance(
            CaseActivities.class.getClassLoader(),
            new Class<?>[] {CaseActivities.class},
            (proxy, method, args) -> {
              calls.incrementAndGet();
              try {
                return method.invoke(treatment, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.parseInt(System.getenv().getOrDefault("CASES", "10000"));
    var calls = new AtomicLong();
    double cobranzaSeconds;
    double startSeconds;
    try (var world =
        new TestWorld(
            START,
            CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT,
            t -> counting(t, calls),
            cases + 100)) {
      TestServerLockLog.makeConstant(world.env);
      var protocol = ninetyDays();
      world.protocols.addVersion(protocol);
      var started = new ArrayList<io.cobranza.domain.collection.CollectionCase>();
      for (int i = 1; i <= cases; i++) {
        world.debtors.save(aDebtor().withId("D-" + i).build());
        var theCase =
            io.cobranza.domain.fixtures.CaseBuilder.numbered(i)
                .build()
                .assign(null, protocol.id(), protocol.version());
        world.cases.save(theCase);
        started.add(theCase);
      }
      long t0 = System.nanoTime();
      for (var theCase : started) {
        world.orchestrator.start(theCase, protocol);
      }
      startSeconds = (System.nanoTime() - t0) / 1e9;
      while (ended(world) < cases) {
        world.env.sleep(Duration.ofDays(1));
      }
      cobranzaSeconds = (System.nanoTime() - t0) / 1e9;
    }
    long activities = calls.get();
    double floorSeconds = floor(cases, activities);

    System.out.printf("cases: %d%n", cases);
    System.out.printf("activities: %d%n", activities);
    System.out.printf("cobranza starts s: %.1f%n", startSeconds);
    System.out.printf("cobranza s: %.1f%n", cobranzaSeconds);
    System.out.printf("cases/s: %.0f%n", cases / cobranzaSeconds);
    System.out.printf("activities/s: %.0f%n", activities / cobranzaSeconds);
    System.out.printf("floor s: %.1f%n", floorSeconds);
    System.out.printf("floor activities/s: %.0f%n", activities / floorSeconds);
    System.out.printf("ratio: %.3f%n", floorSeconds / cobranzaSeconds);
  }

  private static long ended(TestWorld world) {
    return world.audit.all().stream().filter(e -> e.action().equals("protocol.ended")).count();
  }

  /** The same number of no-op activities, spread over one trivial workflow per case. */
  private static double floor(int cases, long activities) throws Exception {
    try (var env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(Payloads.dataConverter())
                        .build())
                .setWorkerFactoryOptions(CaseWorkers.factoryOptions(cases + 100))
                .build())) {
      TestServerLockLog.makeConstant(env);
      var done = new AtomicLong();
      var worker = env.newWorker("floor", CaseWorkers.workerOptions());
      worker.registerWorkflowImplementationTypes(NoOpWorkflowImpl.class);
      worker.registerActivitiesImplementations(new NoOpActivitiesImpl(done));
      env.start();
      long t0 = System.nanoTime();
      for (int i = 0; i < cases; i++) {
        int count = (int) (activities / cases + (i < activities % cases ? 1 : 0));
        var stub =
            env.getWorkflowClient()
                .newWorkflowStub(
                    NoOpWorkflow.class,
                    WorkflowOptions.newBuilder()
                        .setTaskQueue("floor")
                        .setWorkflowId("floor-" + i)
                        .build());
        WorkflowClient.start(stub::run, count);
      }
      System.out.printf("floor starts s: %.1f%n", (System.nanoTime() - t0) / 1e9);
      // The floor's worker has the case worker's options, so that both run the same number of
      // workflow tasks at once. Watched the way the Cobranza run is: by what the activities did,
      // not by a long poll per
      // workflow.
      while (done.get() < activities) {
        Thread.sleep(10);
      }
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  @WorkflowInterface
  public interface NoOpWorkflow {
    @WorkflowMethod
    void run(int activities);
  }

  @ActivityInterface
  public interface NoOpActivities {
    void noOp(int i);
  }

  public static final class NoOpWorkflowImpl implements NoOpWorkflow {
    private final NoOpActivities activities =
        Workflow.newActivityStub(
            NoOpActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

    @Override
    public void run(int count) {
      for (int i = 0; i < count; i++) {
        activities.noOp(i);
      }
    }
  }

  /** The floor: an activity that does nothing but count itself. */
  public static final class NoOpActivitiesImpl implements NoOpActivities {
    private final AtomicLong done;

    NoOpActivitiesImpl(AtomicLong done) {
      this.done = done;
    }

    @Override
    public void noOp(int i) {
      done.incrementAndGet();
    }
  }
}
