package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystemForm;
import org.ironbridge.assurance.internal.AiSystemType;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.DecisionRole;
import org.ironbridge.assurance.internal.Origin;
import org.ironbridge.assurance.internal.ProcurementRoute;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the register entry's GOV.UK form components, with the person's input and errors, into the model. */
@Component
class AiSystemFormView {

    private final AiSystems systems;

    AiSystemFormView(AiSystems systems) {
        this.systems = systems;
    }

    void fill(Subject subject, AiSystemForm form, FormErrors errors, Model model) {
        var force = subject.forceId();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("nameField", FormFields.input("name", "Name of the system", form.getName(), errors));
        model.addAttribute("purposeField", FormFields.textarea("purpose", "Purpose",
                "What it is for, the problem it addresses and who it serves.", form.getPurpose(), errors));
        model.addAttribute("areaField", FormFields.select("businessAreaId", "Requesting business area",
                systems.businessAreas(force).stream().map(u -> Choice.of(u.id().toString(), u.name())).toList(),
                form.getBusinessAreaId(), errors));
        model.addAttribute("originField", FormFields.radios("origin", "Where did it come from?", null,
                Stream.of(Origin.values()).map(o -> Choice.of(o.name(), o.label())).toList(), form.getOrigin(), errors));
        model.addAttribute("supplierField", FormFields.input("supplierName", "Supplier (optional for systems built in house)",
                form.getSupplierName(), errors));
        model.addAttribute("companyField", hint(FormFields.input("supplierCompanyNumber",
                "Supplier's Companies House number (optional)", form.getSupplierCompanyNumber(), errors),
                "8 digits, or 2 letters and 6 digits, like 01234567 or SC123456."));
        model.addAttribute("routeField", FormFields.select("procurementRoute", "Procurement route",
                Stream.of(ProcurementRoute.values()).map(r -> Choice.of(r.name(), r.label())).toList(),
                form.getProcurementRoute(), errors));
        model.addAttribute("typeField", FormFields.radios("type", "Type of system", null,
                Stream.of(AiSystemType.values()).map(t -> Choice.of(t.name(), t.label())).toList(), form.getType(), errors));
        model.addAttribute("roleField", FormFields.radios("decisionRole", "Decisions about people", null,
                Stream.of(DecisionRole.values()).map(r -> Choice.of(r.name(), r.label())).toList(),
                form.getDecisionRole(), errors));
        model.addAttribute("biometricsField", FormFields.radios("usesBiometrics", "Does it use cameras or biometrics?",
                "If it does, the compliance test includes the Surveillance Camera Code of Practice.",
                List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")), form.getUsesBiometrics(), errors));
        model.addAttribute("initiativeField", FormFields.select("initiativeId", "Initiative in the change portfolio (optional)",
                systems.initiatives(force).stream().map(i -> Choice.of(i.id().toString(), i.reference() + " " + i.title()))
                        .toList(), form.getInitiativeId(), errors));
        model.addAttribute("soughtField", FormFields.radios("approvalSought", "Approval sought", null,
                List.of(Choice.of("PILOT", "A pilot"), Choice.of("FULL", "Full use")), form.getApprovalSought(), errors));
        model.addAttribute("ownerField", FormFields.select("ownerId", "System owner (optional)",
                systems.owners(force).stream().map(p -> Choice.of(p.id().toString(), p.displayName()
                        + (p.jobTitle() == null ? "" : ", " + p.jobTitle()))).toList(), form.getOwnerId(), errors));
        model.addAttribute("websiteField", FormFields.input("website", "Public web page about the system (optional)",
                form.getWebsite(), errors));
        model.addAttribute("emailField", FormFields.input("contactEmail", "Contact email for the public (optional)",
                form.getContactEmail(), errors));
        model.addAttribute("securityField", FormFields.textarea("securityStandards",
                "National Police Information Risk Management and Police Secure Network requirements (optional)",
                "How the system meets them: accreditation, hosting, network.", form.getSecurityStandards(), errors));
        model.addAttribute("dataField", FormFields.textarea("dataSources", "Data it uses (optional)",
                "Which data, where it comes from, and how it is quality assured, accurate and lawfully sourced.",
                form.getDataSources(), errors));
        model.addAttribute("loggingField", FormFields.textarea("outputLogging", "Logging of outputs and decisions (optional)",
                "How every output, and every decision it informs or makes, is logged and for how long.",
                form.getOutputLogging(), errors));
        model.addAttribute("decommissioningField", FormFields.textarea("decommissioningCriteria",
                "Decommissioning criteria (optional now, needed before approval)",
                "When and how the system is withdrawn if it no longer meets assurance or proportionality standards.",
                form.getDecommissioningCriteria(), errors));
        model.addAttribute("classificationField", FormFields.radios("classification", "Classification of this entry", null,
                Stream.of(Classification.values()).map(c -> Choice.of(c.name(), c.marking())).toList(),
                form.getClassification(), errors));
    }

    private static Map<String, Object> hint(Map<String, Object> field, String hint) {
        field.put("hint", Map.of("text", hint));
        return field;
    }
}
