package org.ironbridge.ideas.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** An administrator's routing rule: conditions on a new idea, and the queue it then goes to. */
public class RoutingRuleForm {

    private Integer version;
    private String name;
    private String position;
    private String businessAreaId;
    private String keywords;
    private String submitterUnitId;
    private String queueUnitId;
    private String active;

    record Rule(String name, int position, UUID businessAreaId, String keywords, UUID submitterUnitId, UUID queueUnitId,
                boolean active) {
    }

    public static RoutingRuleForm blank() {
        RoutingRuleForm form = new RoutingRuleForm();
        form.setActive("yes");
        return form;
    }

    static RoutingRuleForm of(PortalSettings.RoutingRule rule) {
        RoutingRuleForm form = new RoutingRuleForm();
        form.version = rule.version();
        form.name = rule.name();
        form.position = Integer.toString(rule.position());
        form.businessAreaId = rule.businessAreaId() == null ? null : rule.businessAreaId().toString();
        form.keywords = rule.keywords();
        form.submitterUnitId = rule.submitterUnitId() == null ? null : rule.submitterUnitId().toString();
        form.queueUnitId = rule.queueUnitId().toString();
        form.active = rule.active() ? "yes" : null;
        return form;
    }

    Rule validate(Set<UUID> units, FormErrors errors) {
        String cleanName = FormText.clean(name);
        if (cleanName == null) {
            errors.reject("name", "Enter a name for the rule");
        } else if (FormText.tooLong(cleanName, 120)) {
            errors.reject("name", "The name must be 120 characters or fewer");
        }
        String order = FormText.clean(position);
        Integer number = order != null && order.matches("\\d{1,3}") ? Integer.valueOf(order) : null;
        if (number == null) {
            errors.reject("position", "Enter the rule's place in the order as a whole number from 0 to 999");
        }
        UUID area = optionalUnit("businessAreaId", businessAreaId, units, errors);
        UUID submitterUnit = optionalUnit("submitterUnitId", submitterUnitId, units, errors);
        UUID queue = FormText.uuid(queueUnitId);
        if (queue == null || !units.contains(queue)) {
            errors.reject("queueUnitId", "Choose the business area whose queue the idea goes to");
        }
        String words = null;
        String typed = FormText.clean(keywords);
        if (typed != null) {
            List<String> list = Arrays.stream(typed.split("[,\\n]")).map(String::strip).filter(w -> !w.isEmpty())
                    .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
            if (list.size() > 30 || list.stream().anyMatch(w -> w.length() < 2 || w.length() > 40)) {
                errors.reject("keywords", "Enter up to 30 keywords of 2 to 40 characters, separated by commas");
            } else {
                words = list.stream().collect(Collectors.joining(", "));
            }
        }
        if (errors.any()) {
            return null;
        }
        return new Rule(cleanName, number, area, words, submitterUnit, queue, "yes".equals(active));
    }

    private static UUID optionalUnit(String field, String value, Set<UUID> units, FormErrors errors) {
        if (FormText.clean(value) == null) {
            return null;
        }
        UUID unit = FormText.uuid(value);
        if (unit == null || !units.contains(unit)) {
            errors.reject(field, "Choose a business area from the list, or leave it blank");
            return null;
        }
        return unit;
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getBusinessAreaId() { return businessAreaId; }
    public void setBusinessAreaId(String businessAreaId) { this.businessAreaId = businessAreaId; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getSubmitterUnitId() { return submitterUnitId; }
    public void setSubmitterUnitId(String submitterUnitId) { this.submitterUnitId = submitterUnitId; }
    public String getQueueUnitId() { return queueUnitId; }
    public void setQueueUnitId(String queueUnitId) { this.queueUnitId = queueUnitId; }
    public String getActive() { return active; }
    public void setActive(String active) { this.active = active; }
}
