package org.ironbridge.portfolio.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.PortfolioQueries;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/{initiativeId}")
    @Operation(summary = "One initiative; OFFICIAL-SENSITIVE ones are logged as consultation")
    InitiativeView get(@PathVariable UUID initiativeId, Authentication authentication) {
        Initiative i = editing.open(AccessPolicy.subjectOf(authentication), initiativeId);
        return new InitiativeView(i.id(), i.reference(), i.title(), i.summary(), i.type(), i.tier(), i.stage(), i.sroId(),
                i.projectManagerId(), i.wholeLifeCost(), i.riskScore(), i.involvesAi(), i.deliveryConfidence(),
                i.businessAreaIds(), i.objectiveIds(), i.classification().marking(), i.version());
    }
}
