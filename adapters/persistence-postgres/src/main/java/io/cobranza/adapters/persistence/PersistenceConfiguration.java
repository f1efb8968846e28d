package io.cobranza.adapters.persistence;

import io.cobranza.adapters.persistence.audit.JooqAuditTrail;
import io.cobranza.adapters.persistence.collection.JooqCases;
import io.cobranza.adapters.persistence.contact.JooqContactAttempts;
import io.cobranza.adapters.persistence.contact.OutboxContactChannel;
import io.cobranza.adapters.persistence.debtor.JooqDebtors;
import io.cobranza.adapters.persistence.experiment.JooqArmAssignments;
import io.cobranza.adapters.persistence.experiment.JooqExperimentResults;
import io.cobranza.adapters.persistence.kpi.JooqPortfolioFacts;
import io.cobranza.adapters.persistence.message.JooqTemplates;
import io.cobranza.adapters.persistence.payment.JooqPayments;
import io.cobranza.adapters.persistence.payment.JooqPromises;
import io.cobranza.adapters.persistence.portfolio.JooqPortfolioStore;
import io.cobranza.adapters.persistence.protocol.JooqProtocols;
import io.cobranza.adapters.persistence.refresh.JooqAssignmentPolicies;
import io.cobranza.adapters.persistence.refresh.JooqSegmentAssignments;
import io.cobranza.adapters.persistence.refresh.JooqSegmentations;
import io.cobranza.adapters.persistence.scoring.JooqAccountAttributes;
import io.cobranza.adapters.persistence.scoring.JooqRiskModelRegistry;
import io.cobranza.adapters.persistence.scoring.JooqRiskScores;
import io.cobranza.adapters.persistence.treatment.JooqDecisionOutcomes;
import io.cobranza.adapters.persistence.treatment.JooqEscalations;
import io.cobranza.adapters.persistence.treatment.JooqRecommendations;
import io.cobranza.adapters.persistence.treatment.JooqWorkQueues;
import io.cobranza.adapters.persistence.vulnerability.JooqCallAssessments;
import io.cobranza.application.Transactions;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.application.collection.Cases;
import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.application.debtor.Debtors;
import io.cobranza.application.kpi.PortfolioFacts;
import io.cobranza.application.message.Templates;
import io.cobranza.application.payment.Payments;
import io.cobranza.application.payment.Promises;
import io.cobranza.application.portfolio.PortfolioStore;
import io.cobranza.application.protocol.Protocols;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The persistence adapter over one PostgreSQL data source: migrates the schema and hands out the
 * repositories, which all share one transaction per thread.
 *
 * <p>Every repository uses the same {@link DSLContext}, whose {@link
 * ThreadLocalTransactionProvider} binds the connection of a running transaction to the thread: a
 * repository called inside {@link Transactions#inTransaction} writes in that transaction, and
 * outside one each statement commits by itself. No Spring is needed; {@code deploy} turns these
 * methods into beans.
 */
public final class PersistenceConfiguration {
  private final DSLContext dsl;

  /** The adapter over a data source whose schema is already migrated. */
  public PersistenceConfiguration(DataSource dataSource) {
    this.dsl =
        DSL.using(
            new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(
                    new ThreadLocalTransactionProvider(
                        new DataSourceConnectionProvider(dataSource))));
  }

  /** Brings the data source's schema to the newest migration (Flyway, {@code db/migration}). */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /** The units of work that the repositories below share. */
  public Transactions transactions() {
    return new JooqTransactions(dsl);
  }

  /** The debtors. */
  public Debtors debtors() {
    return new JooqDebtors(dsl);
  }

  /** The collection cases, with their accounts and holds. */
  public Cases cases() {
    return new JooqCases(dsl);
  }

  /** The contact attempts and call consents. */
  public ContactAttempts contactAttempts() {
    return new JooqContactAttempts(dsl);
  }

  /** The payments. */
  public Payments payments() {
    return new JooqPayments(dsl);
  }

  /** The promises to pay. */
  public Promises promises() {
    return new JooqPromises(dsl);
  }

  /** The treatment protocols' versions. */
  public Protocols protocols() {
    return new JooqProtocols(dsl);
  }

  /** The message templates' versions. */
  public Templates templates() {
    return new JooqTemplates(dsl);
  }

  /** The audit trail. */
  public AuditTrail auditTrail() {
    return new JooqAuditTrail(dsl);
  }

  /** The facts of portfolios, for their KPIs. */
  public PortfolioFacts portfolioFacts() {
    return new JooqPortfolioFacts(dsl);
  }

  /**
   * Where imported portfolios go: each chunk is copied into staging tables and moved into the
   * tables in one transaction with the import's progress (see docs/portfolio-import.md).
   */
  public PortfolioStore portfolioStore() {
    return new JooqPortfolioStore(dsl);
  }

  /** The assignment policies' versions. */
  public io.cobranza.application.refresh.AssignmentPolicies assignmentPolicies() {
    return new JooqAssignmentPolicies(dsl);
  }

  /** The segmentations, every version kept. */
  public io.cobranza.application.refresh.Segmentations segmentations() {
    return new JooqSegmentations(dsl);
  }

  /**
   * Brings the planner's statistics of the case tables up to date: after an operator opens many
   * cases at once, rather than waiting for autovacuum.
   */
  public void analyzeCases() {
    PlannerStatistics.analyze(dsl, List.of("cases", "case_accounts"));
  }

  /** Each debtor's arm of each assignment policy over time. */
  public io.cobranza.application.experiment.ArmAssignments armAssignments() {
    return new JooqArmAssignments(dsl);
  }

  /** Whether each case's debtor was told their calls may be analysed. */
  public io.cobranza.application.vulnerability.CallNotices callNotices() {
    return new JooqCallAssessments(dsl);
  }

  /** The assessments of calls, kept with their cases. */
  public io.cobranza.application.vulnerability.VulnerabilityAssessments vulnerabilityAssessments() {
    return new JooqCallAssessments(dsl);
  }

  /** The recommender's decisions, with their reasons and rewards. */
  public io.cobranza.application.treatment.Recommendations recommendations() {
    return new JooqRecommendations(dsl);
  }

  /** What followed a recommender's decision, from the ledger. */
  public io.cobranza.application.treatment.DecisionOutcomes decisionOutcomes() {
    return new JooqDecisionOutcomes(dsl);
  }

  /** What each debtor of an experiment did since entering their arm, from the ledger. */
  public io.cobranza.application.experiment.ExperimentResults experimentResults() {
    return new JooqExperimentResults(dsl);
  }

  /** Each debtor's segment over time. */
  public io.cobranza.application.refresh.SegmentAssignments segmentAssignments() {
    return new JooqSegmentAssignments(dsl);
  }

  /** The risk scores, with the model version of each. */
  public io.cobranza.application.scoring.RiskScores riskScores() {
    return new JooqRiskScores(dsl);
  }

  /** The attributes imports brought with accounts (for scoring). */
  public io.cobranza.application.scoring.AccountAttributes accountAttributes() {
    return new JooqAccountAttributes(dsl);
  }

  /** The model registry: every risk model and each portfolio's active one. */
  public io.cobranza.application.scoring.RiskModelRegistry riskModels() {
    return new JooqRiskModelRegistry(dsl);
  }

  /** The people's queues (agents, specialists). */
  public io.cobranza.application.treatment.WorkQueues workQueues() {
    return new JooqWorkQueues(dsl);
  }

  /** The escalations ordered (placements, legal action, credit reporting). */
  public io.cobranza.application.treatment.Escalations escalations() {
    return new JooqEscalations(dsl);
  }

  /** The contact outbox, as the platform's contact channel; {@code clock} stamps each contact. */
  public io.cobranza.application.contact.ContactChannel contactOutbox(java.time.Clock clock) {
    return new OutboxContactChannel(dsl, clock);
  }

  DSLContext dsl() {
    return dsl;
  }
}
