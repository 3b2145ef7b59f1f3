package org.ironbridge.people.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's form for a person's access, as submitted. The "original" fields carry what the
 * administrator saw, so a conflicting edit can be explained field by field.
 */
public class AccessChange {

    private List<String> roles = new ArrayList<>();
    private String organisationUnitId;
    private String vettingLevel;
    private String justification;
    private Integer version;
    private String originalRoles;
    private String originalUnit;
    private String originalVetting;

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getOrganisationUnitId() {
        return organisationUnitId;
    }

    public void setOrganisationUnitId(String organisationUnitId) {
        this.organisationUnitId = organisationUnitId;
    }

    public String getVettingLevel() {
        return vettingLevel;
    }

    public void setVettingLevel(String vettingLevel) {
        this.vettingLevel = vettingLevel;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getOriginalRoles() {
        return originalRoles;
    }

    public void setOriginalRoles(String originalRoles) {
        this.originalRoles = originalRoles;
    }

    public String getOriginalUnit() {
        return originalUnit;
    }

    public void setOriginalUnit(String originalUnit) {
        this.originalUnit = originalUnit;
    }

    public String getOriginalVetting() {
        return originalVetting;
    }

    public void setOriginalVetting(String originalVetting) {
        this.originalVetting = originalVetting;
    }
}
