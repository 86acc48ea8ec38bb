package org.custos.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/**
 * An ISMS role (information security officer, risk owner, ...): what it is for, its default tasks
 * and powers, whether the ISMS needs it filled, and which ISO 27001 clause or control it serves.
 */
@Entity
@Table(name = "isms_role")
@NamedQuery(name = "IsmsRole.findAll", query = "SELECT r FROM IsmsRole r ORDER BY r.sortOrder, r.code")
@NamedQuery(name = "IsmsRole.findByCode", query = "SELECT r FROM IsmsRole r WHERE r.code = :code")
public class IsmsRole implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public static final String TOP_MANAGEMENT = "TOP_MANAGEMENT";
    public static final String ISO = "ISO";
    public static final String DEPUTY_ISO = "DEPUTY_ISO";
    public static final String INTERNAL_AUDITOR = "INTERNAL_AUDITOR";
    public static final String IT_LEAD = "IT_LEAD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Lob
    @Column(name = "description_de")
    private String descriptionDe;

    @Lob
    @Column(name = "tasks_en")
    private String tasksEn;

    @Lob
    @Column(name = "tasks_de")
    private String tasksDe;

    @Lob
    @Column(name = "powers_en")
    private String powersEn;

    @Lob
    @Column(name = "powers_de")
    private String powersDe;

    @Column(nullable = false)
    private boolean mandatory;

    /** Critical roles count towards the "too many critical roles for one person" check. */
    @Column(nullable = false)
    private boolean critical;

    @Column(name = "iso_reference", length = 100)
    private String isoReference;

    @Column(nullable = false)
    private boolean bundled;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected IsmsRole() {
    }

    public IsmsRole(String code, boolean bundled, int sortOrder) {
        this.code = code;
        this.bundled = bundled;
        this.sortOrder = sortOrder;
    }

    public void describe(String nameEn, String nameDe, String descriptionEn, String descriptionDe) {
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.descriptionEn = descriptionEn;
        this.descriptionDe = descriptionDe;
    }

    public void define(String tasksEn, String tasksDe, String powersEn, String powersDe, boolean mandatory,
            boolean critical, String isoReference) {
        this.tasksEn = tasksEn;
        this.tasksDe = tasksDe;
        this.powersEn = powersEn;
        this.powersDe = powersDe;
        this.mandatory = mandatory;
        this.critical = critical;
        this.isoReference = isoReference;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("nameEn", nameEn);
        s.put("nameDe", nameDe);
        s.put("descriptionEn", descriptionEn);
        s.put("descriptionDe", descriptionDe);
        s.put("tasksEn", tasksEn);
        s.put("tasksDe", tasksDe);
        s.put("powersEn", powersEn);
        s.put("powersDe", powersDe);
        s.put("mandatory", mandatory);
        s.put("critical", critical);
        s.put("isoReference", isoReference);
        return s;
    }

    private static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    private static String pick(Locale locale, String en, String de) {
        String preferred = german(locale) ? de : en;
        return preferred != null && !preferred.isBlank() ? preferred : (german(locale) ? en : de);
    }

    public String name(Locale locale) {
        return pick(locale, nameEn, nameDe);
    }

    public String description(Locale locale) {
        return pick(locale, descriptionEn, descriptionDe);
    }

    public String tasks(Locale locale) {
        return pick(locale, tasksEn, tasksDe);
    }

    public String powers(Locale locale) {
        return pick(locale, powersEn, powersDe);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public String getTasksEn() {
        return tasksEn;
    }

    public String getTasksDe() {
        return tasksDe;
    }

    public String getPowersEn() {
        return powersEn;
    }

    public String getPowersDe() {
        return powersDe;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public boolean isCritical() {
        return critical;
    }

    public String getIsoReference() {
        return isoReference;
    }

    public boolean isBundled() {
        return bundled;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
