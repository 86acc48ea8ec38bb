package org.custos.web.roles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.roles.boundary.RaciService;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.control.RaciSubject;
import org.custos.roles.entity.IsmsRole;
import org.custos.roles.entity.RaciAssignment;
import org.custos.roles.entity.RaciAssignment.Raci;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/**
 * The RACI panel any page can include for one object ({@code /WEB-INF/includes/raci.xhtml}); the
 * page tells it which object with {@link #show}.
 */
@Named
@ViewScoped
public class RaciPanelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RaciService raci;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private RaciSubject subject;
    private Long subjectId;
    private List<RaciAssignment> assignments = List.of();
    private List<Person> persons;
    private List<IsmsRole> roleList;

    private Raci letter = Raci.RESPONSIBLE;
    private String who;

    public void show(RaciSubject subject, Long subjectId) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.who = null;
        reload();
    }

    private void reload() {
        assignments = subject == null || subjectId == null ? List.of() : raci.of(subject, subjectId);
    }

    public boolean isEditable() {
        return subject != null && currentUser.permitted(subject.editPermission())
                && currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public void add() {
        if (who == null || who.length() < 3) {
            org.custos.web.support.Messages.error("raci.personOrRole");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Long id = Long.valueOf(who.substring(2));
        boolean person = who.startsWith("p:");
        if (UiAction.attempt(() -> raci.assign(subject, subjectId, letter, person ? id : null, person ? null : id),
                "raci.added")) {
            who = null;
            reload();
        }
    }

    public void remove(RaciAssignment a) {
        if (UiAction.attempt(() -> raci.remove(a.getId(), a.getVersion()), "raci.removed")) {
            reload();
        }
    }

    public String label(RaciAssignment a) {
        return a.getPerson() != null ? a.getPerson().getName() : a.getRole().name(localeView.getLocale());
    }

    public List<RaciAssignment> of(String letter) {
        return assignments.stream().filter(a -> a.getRaci().name().equals(letter)).toList();
    }

    public List<Person> getPersons() {
        if (persons == null) {
            persons = organisation.persons().stream().filter(Person::isActive).toList();
        }
        return persons;
    }

    public List<IsmsRole> getRoleList() {
        if (roleList == null) {
            roleList = roles.roles();
        }
        return roleList;
    }

    public String roleName(IsmsRole r) {
        return r.name(localeView.getLocale());
    }

    public Raci[] getLetters() {
        return Raci.values();
    }

    public List<RaciAssignment> getAssignments() {
        return assignments;
    }

    public Raci getLetter() {
        return letter;
    }

    public void setLetter(Raci letter) {
        this.letter = letter;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
