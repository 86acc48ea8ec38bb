package org.custos.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** A threat of the catalog: the BSI elementary threats come with Custos, an organisation adds its own. */
@Entity
@Table(name = "threat")
@NamedQuery(name = "Threat.all", query = "SELECT t FROM Threat t ORDER BY t.id")
@NamedQuery(name = "Threat.byCode", query = "SELECT t FROM Threat t WHERE LOWER(t.code) = :code")
public class Threat implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Source {
        BSI, CUSTOM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 300)
    private String nameDe;

    @Column(length = 4000)
    private String description;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Source source;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Threat() {
    }

    public Threat(String code, String nameEn, String nameDe, String description) {
        this.code = code;
        this.source = Source.CUSTOM;
        describe(nameEn, nameDe, description, true);
    }

    public void describe(String nameEn, String nameDe, String description, boolean active) {
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.description = description;
        this.active = active;
    }

    public String name(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("nameEn", nameEn);
        s.put("nameDe", nameDe);
        s.put("description", description);
        s.put("source", source.name());
        s.put("active", active);
        return s;
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

    public String getDescription() {
        return description;
    }

    public Source getSource() {
        return source;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
