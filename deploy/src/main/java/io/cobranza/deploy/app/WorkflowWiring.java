package io.cobranza.deploy.app;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.segment.SegmentationDocuments;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.adapters.scoring.RegistryRiskModel;
import io.cobranza.adapters.scoring.nba.ThompsonRecommender;
import io.cobranza.application.collection.CaseOrchestrator;
import io.cobranza.application.collection.ReconcilingCases;
import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.application.refresh.BehaviouralSegmenter;
import io.cobranza.application.refresh.RefreshingPortfolio;
import io.cobranza.application.refresh.SegmentingPortfolio;
import io.cobranza.application.scoring.ScoringDebtors;
import io.cobranza.application.treatment.HandOffCaseUseCase;
import io.cobranza.application.treatment.HandingOffCase;
import io.cobranza.application.treatment.KeepTreatmentRecordUseCase;
import io.cobranza.application.treatment.KeepingTreatmentRecord;
import io.cobranza.application.treatment.LearningRecommender;
import io.cobranza.application.treatment.LoadContactContextUseCase;
import io.cobranza.application.treatment.LoadingContactContext;
import io.cobranza.application.treatment.NextBestAction;
import io.cobranza.application.treatment.RecommendNextActionUseCase;
import io.cobranza.application.treatment.RecommendingNextAction;
import io.cobranza.application.treatment.RemindOfInstalmentUseCase;
import io.cobranza.application.treatment.RemindingOfInstalment;
import io.cobranza.application.treatment.RewardingDecisions;
import io.cobranza.application.treatment.SendContactUseCase;
import io.cobranza.application.treatment.SendingContact;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.contact.usregf.RegulationF;
import io.cobranza.domain.recommendation.RewardRule;
import io.cobranza.domain.segment.Segmentation;
import io.cobranza.workflows.CaseWorkers;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CaseActivitiesImpl;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import io.cobranza.workflows.collection.TemporalCaseOrchestrator;
import io.cobranza.workflows.refresh.PortfolioRefresh;
import io.cobranza.workflows.refresh.RefreshRun;
import io.temporal.worker.WorkerFactory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the case workflows: the Temporal service (embedded unless {@code cobranza.temporal.target}
 * is set), a worker running the case and plan workflows with their activities over the persistence
 * adapter and the nightly refresh, the orchestrator, the reconciler that gives every open case a
 * running workflow once the platform is up, and the refresh's schedule.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowWiring {
  private static final Logger log = LoggerFactory.getLogger(WorkflowWiring.class);

  @Bean(destroyMethod = "close")
  TemporalPlatform temporal(
      @Value("${cobranza.temporal.target:}") String target,
      @Value("${cobranza.temporal.namespace:default}") String namespace,
      @Value("${cobranza.temporal.port:7233}") int port,
      @Value("${cobranza.temporal.time-skipping:false}") boolean timeSkipping) {
    return target.isBlank()
        ? TemporalPlatform.embedded(port, timeSkipping)
        : TemporalPlatform.remote(target, namespace);
  }

  /**
   * Which contact rules apply where (the gate's, and what messages must say): the built-in rule
   * book, with the lender's choices where Regulation F may be read more strictly than its text
   * (docs/contact-rules.md, "Choices a lender can change").
   */
  @Bean
  ContactRuleBook contactRuleBook(
      @Value("${cobranza.contact-rules.us.unknown-location:ALL_US_ZONES}")
          RegulationF.UnknownLocation unknownLocation,
      @Value("${cobranza.contact-rules.us.dispute-pause:WRITTEN_WITHIN_VALIDATION_PERIOD}")
          RegulationF.DisputePause disputePause,
      @Value("${cobranza.contact-rules.us.opt-out-confirmation:true}") boolean optOutConfirmation,
      @Value("${cobranza.contact-rules.us.work-email-the-consumer-wrote-from:true}")
          boolean workEmailTheConsumerWroteFrom) {
    return StandardRuleBook.create(
        new RegulationF.Choices(
            unknownLocation, disputePause, optOutConfirmation, workEmailTheConsumerWroteFrom));
  }

  @Bean
  ContactGate contactGate(ContactRuleBook rules) {
    return new ContactGate(rules);
  }

  /**
   * The next best action at a protocol's recommend steps: {@code cobranza.recommender} is {@code
   * first-option} (the default: the step's first option, as the protocol orders them) or {@code
   * thompson} (the learning recommender of docs/simulation.md, sampling in {@code
   * cobranza.recommender.sampling-share} of the decisions, never for a vulnerable debtor), rebuilt
   * from the decisions kept at start-up and after every crediting run.
   */
  @Bean
  NextBestAction nextBestAction(
      PersistenceConfiguration persistence,
      @Value("${cobranza.recommender:first-option}") String kind,
      @Value("${cobranza.recommender.sampling-share:1.0}") double share,
      @Value("${cobranza.recommender.seed:0}") long seed) {
    return switch (kind) {
      case "first-option" -> NextBestAction.FIRST_OPTION;
      case "thompson" -> {
        var learning =
            new LearningRecommender(
                ThompsonRecommender.MODEL,
                n -> new ThompsonRecommender(share, 0.02, 0.05, seed + n),
                persistence.recommendations());
        log.info("recommender {}: rebuilt from {}", ThompsonRecommender.MODEL, learning.refresh());
        yield learning;
      }
      default ->
          throw new IllegalStateException(
              "cobranza.recommender: '" + kind + "' is not one of first-option, thompson");
    };
  }

  /**
   * Credits the recommender's decisions from the ledger once their window has passed, by the
   * simulator's rule, with {@code cobranza.recommender.channel-costs} (e.g. {@code
   * SMS=0.02,EMAIL=0.005,VOICE=1.20}) as the price of contacts.
   */
  @Bean
  RewardingDecisions rewardingDecisions(
      PersistenceConfiguration persistence,
      @Value("${cobranza.recommender.channel-costs:}") String channelCosts) {
    ChannelCosts costs;
    try {
      costs = channelCosts.isBlank() ? ChannelCosts.NONE : ChannelCosts.parse(channelCosts);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("cobranza.recommender.channel-costs: " + e.getMessage(), e);
    }
    return new RewardingDecisions(
        persistence.recommendations(),
        persistence.decisionOutcomes(),
        RewardRule.STANDARD,
        costs,
        Clock.systemUTC());
  }

  /**
   * Every {@code cobranza.recommender.reward-every} (default an hour) the decisions whose window
   * has passed are credited, and a learning recommender is rebuilt with them: every process that
   * serves the workflows learns from every credited decision, whichever made or credited it.
   */
  @Bean(destroyMethod = "shutdownNow")
  java.util.concurrent.ScheduledExecutorService rewardDecisions(
      RewardingDecisions rewarding,
      NextBestAction recommender,
      @Value("${cobranza.recommender.reward-every:PT1H}") java.time.Duration every) {
    var scheduler =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("cobranza-rewards").factory());
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            var credited = rewarding.rewardDue();
            if (credited.credited() + credited.uncreditable() > 0) {
              log.info(
                  "recommender decisions whose window has passed: {} credited, {} could not be"
                      + " (the reason is kept with each)",
                  credited.credited(),
                  credited.uncreditable());
            }
            if (recommender instanceof LearningRecommender learning) {
              log.info("recommender rebuilt from {}", learning.refresh());
            }
          } catch (RuntimeException e) {
            log.warn("crediting the recommender's decisions failed; tried again later", e);
          }
        },
        every.toMillis(),
        every.toMillis(),
        java.util.concurrent.TimeUnit.MILLISECONDS);
    return scheduler;
  }

  /**
   * Assesses recorded calls for signs of vulnerability (docs/audio.md): for the integrations that
   * hand recordings over (REST and Kafka, later issues).
   */
  @Bean
  io.cobranza.application.vulnerability.AssessCallUseCase assessCall(
      PersistenceConfiguration persistence, CaseOrchestrator orchestrator) {
    return new io.cobranza.application.vulnerability.AssessingCall(
        persistence.cases(),
        persistence.callNotices(),
        new io.cobranza.adapters.audio.AudioCallAnalysis(),
        persistence.vulnerabilityAssessments(),
        orchestrator,
        persistence.auditTrail(),
        Clock.systemUTC());
  }

  @Bean
  BehaviouralSegmenter behaviouralSegmenter(
      PersistenceConfiguration persistence,
      @Value("${cobranza.refresh.segmentation:default}") String segmentation,
      @Value("${cobranza.refresh.segmentation-file:}") String segmentationFile) {
    return segmenter(persistence, segmentation, segmentationFile);
  }

  /** Contacts leave through the outbox, from which the channel integrations deliver them. */
  @Bean
  ContactChannel contactChannel(PersistenceConfiguration persistence) {
    return persistence.contactOutbox(Clock.systemUTC());
  }

  /** The contact context renders the step's message for the debtor, for the engine's gate. */
  @Bean
  LoadContactContextUseCase loadContactContext(
      PersistenceConfiguration persistence, MessageRendering messages) {
    return new LoadingContactContext(
        persistence.debtors(),
        persistence.cases(),
        persistence.contactAttempts(),
        messages,
        Clock.systemUTC());
  }

  @Bean
  SendContactUseCase sendContact(PersistenceConfiguration persistence, ContactChannel channel) {
    return new SendingContact(persistence.contactAttempts(), channel, Clock.systemUTC());
  }

  @Bean
  KeepTreatmentRecordUseCase keepTreatmentRecord(PersistenceConfiguration persistence) {
    return new KeepingTreatmentRecord(
        persistence.cases(),
        persistence.auditTrail(),
        persistence.transactions(),
        Clock.systemUTC());
  }

  @Bean
  HandOffCaseUseCase handOffCase(PersistenceConfiguration persistence) {
    return new HandingOffCase(
        persistence.workQueues(), persistence.escalations(), Clock.systemUTC());
  }

  /** The recommender is told what the segmentation reads; every recommendation is kept. */
  @Bean
  RecommendNextActionUseCase recommendNextAction(
      PersistenceConfiguration persistence,
      ContactGate gate,
      NextBestAction recommender,
      BehaviouralSegmenter segmenter,
      MessageRendering messages) {
    return new RecommendingNextAction(
        persistence.debtors(),
        persistence.cases(),
        persistence.contactAttempts(),
        gate,
        recommender,
        persistence.recommendations(),
        segmenter::facts,
        messages,
        persistence.auditTrail(),
        Clock.systemUTC());
  }

  @Bean
  RemindOfInstalmentUseCase remindOfInstalment(
      PersistenceConfiguration persistence,
      LoadContactContextUseCase contexts,
      ContactChannel channel,
      ContactGate gate,
      MessageRendering messages) {
    return new RemindingOfInstalment(
        persistence.cases(),
        contexts,
        persistence.contactAttempts(),
        channel,
        gate,
        messages,
        persistence.auditTrail(),
        Clock.systemUTC());
  }

  /** What the case and plan workflows ask of the platform, each through its use case. */
  @Bean
  CaseActivities caseActivities(
      PersistenceConfiguration persistence,
      LoadContactContextUseCase contexts,
      SendContactUseCase sending,
      KeepTreatmentRecordUseCase records,
      HandOffCaseUseCase handingOff,
      RecommendNextActionUseCase recommending,
      RemindOfInstalmentUseCase reminding) {
    return new CaseActivitiesImpl(
        contexts, sending, records, handingOff, recommending, reminding, persistence.protocols());
  }

  @Bean(destroyMethod = "shutdown")
  WorkerFactory caseWorkers(
      TemporalPlatform temporal,
      CaseActivities activities,
      PersistenceConfiguration persistence,
      ContactGate gate,
      @Value("${cobranza.temporal.cached-workflows:5000}") int cachedWorkflows,
      @Value("${cobranza.temporal.sticky-queue-timeout:PT5S}") String stickyQueueTimeout,
      BehaviouralSegmenter segmenter,
      @Value("${cobranza.refresh.portfolio:default}") String portfolio) {
    var factory =
        WorkerFactory.newInstance(temporal.client(), CaseWorkers.factoryOptions(cachedWorkflows));
    var worker =
        CaseWorkers.register(
            factory,
            activities,
            gate,
            CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT,
            stickyQueueTimeout(stickyQueueTimeout));
    CaseWorkers.registerRefresh(
        worker,
        new RefreshingPortfolio(
            persistence.cases(),
            persistence.debtors(),
            persistence.protocols(),
            persistence.assignmentPolicies(),
            // Scores with the portfolio's active model; scores nobody while none is active.
            new ScoringDebtors(
                new RegistryRiskModel(persistence.riskModels(), portfolio),
                persistence.payments(),
                persistence.accountAttributes(),
                persistence.riskScores(),
                Clock.systemUTC()),
            new SegmentingPortfolio(
                persistence.cases(),
                persistence.debtors(),
                segmenter,
                persistence.segmentAssignments()),
            new TemporalCaseOrchestrator(temporal.client(), persistence.debtors()),
            persistence.armAssignments()));
    factory.start();
    return factory;
  }

  /** {@code cobranza.temporal.sticky-queue-timeout}: an ISO-8601 duration, zero or more. */
  static java.time.Duration stickyQueueTimeout(String text) {
    try {
      var timeout = java.time.Duration.parse(text.trim());
      if (!timeout.isNegative()) {
        return timeout;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // said below
    }
    throw new IllegalStateException(
        "cobranza.temporal.sticky-queue-timeout: an ISO-8601 duration of zero or more (PT5S; PT0S"
            + " turns sticky queues off), was '"
            + text
            + "'");
  }

  /**
   * The refresh's segments: the newest version of the stored segmentation {@code
   * cobranza.refresh.segmentation} (default {@code default}), by lifecycle stage until one is
   * stored. {@code cobranza.refresh.segmentation-file} names a YAML or JSON document to store as a
   * version at start-up (docs/scoring.md); a document with problems stops the start with all of
   * them.
   */
  static BehaviouralSegmenter segmenter(
      PersistenceConfiguration persistence, String id, String file) {
    var segmentations = persistence.segmentations();
    if (!file.isBlank()) {
      switch (SegmentationDocuments.read(java.nio.file.Path.of(file))) {
        case DocumentResult.Invalid<Segmentation> invalid ->
            throw new IllegalStateException(
                "cobranza.refresh.segmentation-file: "
                    + file
                    + " has problems: "
                    + invalid.problems());
        case DocumentResult.Read<Segmentation> read -> {
          if (!read.value().id().equals(id)) {
            throw new IllegalStateException(
                "cobranza.refresh.segmentation-file: "
                    + file
                    + " defines segmentation '"
                    + read.value().id()
                    + "', but cobranza.refresh.segmentation is '"
                    + id
                    + "'");
          }
          boolean stored;
          try {
            stored = segmentations.store(read.value());
          } catch (io.cobranza.application.InvalidCommandException e) {
            throw new IllegalStateException(
                "cobranza.refresh.segmentation-file: " + file + ": " + e.getMessage(), e);
          }
          log.info(
              "segmentation {} version {} from {}: {}",
              id,
              read.value().version(),
              file,
              stored ? "stored" : "already stored");
        }
      }
    }
    segmentations
        .latest(id)
        .ifPresentOrElse(
            s -> log.info("refresh segments by segmentation {} version {}", id, s.version()),
            () ->
                log.info(
                    "no segmentation '{}' stored: the refresh segments by lifecycle stage", id));
    return Segmenters.behaviouralSegmenter(persistence, id);
  }

  /**
   * The nightly refresh, scheduled once the platform is up: a Temporal Schedule, or a cron workflow
   * on the embedded server; {@code cobranza.refresh.cron} (UTC) says when, {@code
   * cobranza.refresh.policy} which assignment policy applies.
   */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "cobranza.refresh.enabled",
      havingValue = "true",
      matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> scheduleRefresh(
      TemporalPlatform temporal,
      WorkerFactory caseWorkers,
      @Value("${cobranza.refresh.cron:0 2 * * *}") String cron,
      @Value("${cobranza.refresh.policy:default}") String policy,
      @Value("${cobranza.refresh.batch-size:500}") int batchSize) {
    return event -> {
      var how =
          PortfolioRefresh.schedule(temporal.client(), cron, RefreshRun.of(policy, batchSize));
      log.info("portfolio refresh scheduled at '{}' (UTC) with policy {}: {}", cron, policy, how);
    };
  }

  @Bean
  CaseOrchestrator caseOrchestrator(
      TemporalPlatform temporal, PersistenceConfiguration persistence) {
    return new TemporalCaseOrchestrator(temporal.client(), persistence.debtors());
  }

  /** Once the platform is up (and its worker runs), every open case gets its workflow back. */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "cobranza.reconcile.on-start",
      havingValue = "true",
      matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> reconcileOnStart(
      PersistenceConfiguration persistence,
      CaseOrchestrator orchestrator,
      WorkerFactory caseWorkers,
      @Value("${cobranza.reconcile.batch-size:500}") int batchSize) {
    return event ->
        Thread.ofVirtual()
            .name("cobranza-reconciler")
            .start(() -> {
              try {
                var result =
                    new ReconcilingCases(persistence.cases(), persistence.protocols(), orchestrator)
                        .reconcile(batchSize);
                log.info(
                    "reconciled {} open cases: {} workflows started, {} running, {} without a"
                        + " protocol",
                    result.open(),
                    result.started(),
                    result.running(),
                    result.unassigned());
                for (var problem : result.problems()) {
                  log.warn("reconciler: {}", problem);
                }
              } catch (RuntimeException e) {
                log.error("reconciler failed: {}", e.getMessage(), e);
              }
            });
  }
}
