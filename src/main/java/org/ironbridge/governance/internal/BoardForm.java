package org.ironbridge.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A board's set-up as the PMO or an administrator types it. */
public class BoardForm {

    private String tier;
    private String initiativeId;
    private String name;
    private String chair;
    private String chairTitle;
    private List<String> members = new ArrayList<>();
    private String newMembers;
    private String quorum;
    private String termsOfReference;
    private String escalatesTo;
    private String standingItems;
    private Integer version;

    /** The form filled with the board as it stands; the chair and new members are typed as email address or username. */
    public static BoardForm of(Board board, String chairLogin, List<String> standingItems) {
        BoardForm form = new BoardForm();
        form.tier = board.tier().name();
        form.initiativeId = board.initiativeId() == null ? null : board.initiativeId().toString();
        form.name = board.name();
        form.chair = chairLogin;
        form.chairTitle = board.chairTitle();
        form.members = new ArrayList<>(board.memberIds().stream().map(UUID::toString).sorted().toList());
        form.quorum = Integer.toString(board.quorum());
        form.termsOfReference = board.termsOfReference();
        form.escalatesTo = board.escalatesTo() == null ? null : board.escalatesTo().toString();
        form.standingItems = String.join("\n", standingItems);
        form.version = board.version();
        return form;
    }

    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public String getInitiativeId() { return initiativeId; }
    public void setInitiativeId(String initiativeId) { this.initiativeId = initiativeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getChairTitle() { return chairTitle; }
    public void setChairTitle(String chairTitle) { this.chairTitle = chairTitle; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members == null ? new ArrayList<>() : members; }
    public String getNewMembers() { return newMembers; }
    public void setNewMembers(String newMembers) { this.newMembers = newMembers; }
    public String getQuorum() { return quorum; }
    public void setQuorum(String quorum) { this.quorum = quorum; }
    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String termsOfReference) { this.termsOfReference = termsOfReference; }
    public String getEscalatesTo() { return escalatesTo; }
    public void setEscalatesTo(String escalatesTo) { this.escalatesTo = escalatesTo; }
    public String getStandingItems() { return standingItems; }
    public void setStandingItems(String standingItems) { this.standingItems = standingItems; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
