package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One saved version of an initiative's business case: the five cases, the options considered with the
 * preferred one, the whole-life cost and its funding. Never changed once saved (the database refuses);
 * the next save is the next version.
 */
@Table("business_case")
public record BusinessCase(@Id UUID id, UUID forceId, UUID initiativeId, int version, String strategicCase,
                           String economicCase, String commercialCase, String financialCase, String managementCase,
                           @Embedded.Empty WholeLifeCost cost, FundingSource fundingSource, String fundingDetail,
                           @MappedCollection(idColumn = "business_case_id", keyColumn = "position") List<Option> options,
                           String savedBy, Instant savedAt) {

    public BusinessCase {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** An option the business case considered; exactly one is preferred. */
    @Table("business_case_option")
    public record Option(String title, String description, java.math.BigDecimal wholeLifeCost, boolean preferred) {

        public Option {
            wholeLifeCost = wholeLifeCost == null ? null : WholeLifeCost.pounds(wholeLifeCost);
        }
    }

    public Option preferredOption() {
        return options.stream().filter(Option::preferred).findFirst().orElse(null);
    }

    /** The funding source in words, with its detail. */
    public String funding() {
        return fundingDetail == null ? fundingSource.label() : fundingSource.label() + ": " + fundingDetail;
    }
}
