package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.Tier;

/** The Change Board's and the Design and Delivery Board's thresholds as typed into the form, and their validation. */
public class ThresholdsForm {

    /** The fields in the order the page shows them, so the error summary follows the page. */
    private static final List<String> FIELDS = List.of("changeBoardCost", "changeBoardRisk", "designAndDeliveryCost",
            "designAndDeliveryRisk");

    private String changeBoardCost;
    private String changeBoardRisk;
    private String designAndDeliveryCost;
    private String designAndDeliveryRisk;
    private Integer changeBoardVersion;
    private Integer designAndDeliveryVersion;

    /** Both tiers' thresholds, or null with the errors rejected field by field. */
    List<TierRule.Threshold> validate(FormErrors errors) {
        FormErrors found = new FormErrors();
        BigDecimal changeCost = cost(changeBoardCost, "changeBoardCost", Tier.CHANGE_BOARD, found);
        Integer changeRisk = risk(changeBoardRisk, "changeBoardRisk", Tier.CHANGE_BOARD, found);
        BigDecimal designCost = cost(designAndDeliveryCost, "designAndDeliveryCost", Tier.DESIGN_AND_DELIVERY_BOARD, found);
        Integer designRisk = risk(designAndDeliveryRisk, "designAndDeliveryRisk", Tier.DESIGN_AND_DELIVERY_BOARD, found);
        if (changeCost != null && designCost != null && changeCost.compareTo(designCost) < 0) {
            found.reject("changeBoardCost", "The Change Board’s minimum whole-life cost must not be below the Design "
                    + "and Delivery Board’s (" + Pounds.format(designCost) + "): the larger the change, the higher the board");
        }
        if (changeRisk != null && designRisk != null && changeRisk < designRisk) {
            found.reject("changeBoardRisk", "The Change Board’s minimum risk score must not be below the Design and "
                    + "Delivery Board’s (" + designRisk + "): the riskier the change, the higher the board");
        }
        FIELDS.stream().filter(found::has).forEach(field -> errors.reject(field, found.messageFor(field)));
        return errors.any() ? null : List.of(new TierRule.Threshold(Tier.CHANGE_BOARD, changeCost, changeRisk),
                new TierRule.Threshold(Tier.DESIGN_AND_DELIVERY_BOARD, designCost, designRisk));
    }

    private static BigDecimal cost(String typed, String field, Tier tier, FormErrors errors) {
        if (FormText.clean(typed) == null) {
            errors.reject(field, "Enter the " + tier.label() + "’s minimum whole-life cost");
            return null;
        }
        return Pounds.read(typed, field, tier.label() + " minimum whole-life cost", errors);
    }

    private static Integer risk(String typed, String field, Tier tier, FormErrors errors) {
        if (FormText.clean(typed) == null) {
            errors.reject(field, "Enter the " + tier.label() + "’s minimum risk score");
            return null;
        }
        return EnteredValues.wholeNumber(typed, 1, 25, field, tier.label()
                + " minimum risk score must be a whole number from 1 to 25 (probability × impact)", errors);
    }

    /** The version of the tier's threshold the person saw when the form was opened; null when the form did not say. */
    Integer versionOf(Tier tier) {
        return tier == Tier.CHANGE_BOARD ? changeBoardVersion : designAndDeliveryVersion;
    }

    public static ThresholdsForm of(TierRule.Saved saved) {
        ThresholdsForm form = new ThresholdsForm();
        TierRule.Threshold change = saved.of(Tier.CHANGE_BOARD);
        TierRule.Threshold design = saved.of(Tier.DESIGN_AND_DELIVERY_BOARD);
        form.changeBoardCost = change == null ? "" : Pounds.typed(change.minimumCost());
        form.changeBoardRisk = change == null ? "" : String.valueOf(change.minimumRisk());
        form.designAndDeliveryCost = design == null ? "" : Pounds.typed(design.minimumCost());
        form.designAndDeliveryRisk = design == null ? "" : String.valueOf(design.minimumRisk());
        form.changeBoardVersion = saved.versionOf(Tier.CHANGE_BOARD);
        form.designAndDeliveryVersion = saved.versionOf(Tier.DESIGN_AND_DELIVERY_BOARD);
        return form;
    }

    public String getChangeBoardCost() { return changeBoardCost; }
    public void setChangeBoardCost(String changeBoardCost) { this.changeBoardCost = changeBoardCost; }
    public String getChangeBoardRisk() { return changeBoardRisk; }
    public void setChangeBoardRisk(String changeBoardRisk) { this.changeBoardRisk = changeBoardRisk; }
    public String getDesignAndDeliveryCost() { return designAndDeliveryCost; }
    public void setDesignAndDeliveryCost(String designAndDeliveryCost) { this.designAndDeliveryCost = designAndDeliveryCost; }
    public String getDesignAndDeliveryRisk() { return designAndDeliveryRisk; }
    public void setDesignAndDeliveryRisk(String designAndDeliveryRisk) { this.designAndDeliveryRisk = designAndDeliveryRisk; }
    public Integer getChangeBoardVersion() { return changeBoardVersion; }
    public void setChangeBoardVersion(Integer changeBoardVersion) { this.changeBoardVersion = changeBoardVersion; }
    public Integer getDesignAndDeliveryVersion() { return designAndDeliveryVersion; }
    public void setDesignAndDeliveryVersion(Integer designAndDeliveryVersion) { this.designAndDeliveryVersion = designAndDeliveryVersion; }
}
