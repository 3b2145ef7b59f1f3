package org.ironbridge.portfolio.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.govuk.FormProblems;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.InitiativeForm;
import org.ironbridge.portfolio.internal.PortfolioQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Initiatives over the API, under the same policy as the pages. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "The change portfolio of the caller's force")
class InitiativeApi {

    /** An initiative as the API shows it. */
    record InitiativeView(UUID id, String reference, String title, String summary, InitiativeType type, Tier tier,
                          Stage stage, UUID seniorResponsibleOwnerId, UUID projectManagerId, BigDecimal wholeLifeCost,
                          Integer riskScore, boolean involvesAi, DeliveryConfidence deliveryConfidence,
                          Set<UUID> businessAreaIds, Set<UUID> objectiveIds, String classification, Integer version) {
    }

    /** An initiative to propose: the same fields as the page's form. */
    record NewInitiative(String title, String summary, String type, String classification, UUID seniorResponsibleOwnerId,
                         UUID projectManagerId, BigDecimal wholeLifeCost, Integer riskScore, Boolean involvesAi,
                         List<UUID> businessAreaIds, List<UUID> objectiveIds) {
    }

    private final PortfolioQueries queries;
    private final InitiativeEditing editing;

    InitiativeApi(PortfolioQueries queries, InitiativeEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "Every initiative of the caller's force that their vetting allows, by reference")
    List<PortfolioQueries.Row> list(Authentication authentication) {
        return queries.overview(AccessPolicy.subjectOf(authentication),
                new PortfolioQueries.Filter(null, null, null, null, null));
    }

    @PostMapping
    @Operation(summary = "Propose an initiative: it gets its reference and the board that governs it from the force's "
            + "thresholds; 422 with the reasons per field when refused")
    ResponseEntity<?> propose(@RequestBody NewInitiative body, Authentication authentication) {
        InitiativeForm form = new InitiativeForm();
        form.setTitle(body.title());
        form.setSummary(body.summary());
        form.setType(body.type());
        form.setClassification(body.classification() == null ? "OFFICIAL" : body.classification());
        form.setSroId(text(body.seniorResponsibleOwnerId()));
        form.setProjectManagerId(text(body.projectManagerId()));
        form.setWholeLifeCost(body.wholeLifeCost() == null ? null : body.wholeLifeCost().toPlainString());
        form.setRiskScore(body.riskScore() == null ? null : body.riskScore().toString());
        form.setInvolvesAi(Boolean.TRUE.equals(body.involvesAi()) ? "yes" : "no");
        form.setBusinessAreas(body.businessAreaIds() == null ? null : body.businessAreaIds().stream().map(UUID::toString).toList());
        form.setObjectives(body.objectiveIds() == null ? null : body.objectiveIds().stream().map(UUID::toString).toList());
        var subject = AccessPolicy.subjectOf(authentication);
        InitiativeEditing.Outcome outcome = editing.propose(subject, form);
        if (outcome.errors().any()) {
            return FormProblems.unprocessable("The initiative was not proposed", outcome.errors());
        }
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + outcome.saved().id()))
                .body(get(outcome.saved().id(), authentication));
    }

    @GetMapping("/{initiativeId}")
    @Operation(summary = "One initiative; OFFICIAL-SENSITIVE ones are logged as consultation")
    InitiativeView get(@PathVariable UUID initiativeId, Authentication authentication) {
        Initiative i = editing.open(AccessPolicy.subjectOf(authentication), initiativeId);
        return new InitiativeView(i.id(), i.reference(), i.title(), i.summary(), i.type(), i.tier(), i.stage(), i.sroId(),
                i.projectManagerId(), i.wholeLifeCost(), i.riskScore(), i.involvesAi(), i.deliveryConfidence(),
                i.businessAreaIds(), i.objectiveIds(), i.classification().marking(), i.version());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
