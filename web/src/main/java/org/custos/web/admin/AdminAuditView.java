package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.audit.boundary.ChainVerification;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.web.support.UiAction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail: filtered, paged from the database, and verified on demand. */
@Named
@ViewScoped
public class AdminAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private String actor;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private List<String> entityTypes;
    private ChainVerification verification;
    private LazyDataModel<AuditRecord> records;

    @PostConstruct
    void init() {
        entityTypes = audit.entityTypes();
        records = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count(query());
            }

            @Override
            public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return audit.search(query(), first, pageSize);
            }

            @Override
            public String getRowKey(AuditRecord record) {
                return Long.toString(record.getSeq());
            }

            @Override
            public AuditRecord getRowData(String rowKey) {
                return null;
            }
        };
    }

    private AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(actor, entityType, entityId, start, end);
    }

    public void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        from = null;
        to = null;
    }

    public void verify() {
        UiAction.attempt(() -> verification = audit.verify(), null);
        entityTypes = audit.entityTypes();
    }

    /** One changed field of a record, for display. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    /** The record's field changes, readable: field, value before, value after. */
    public List<Change> changes(AuditRecord record) {
        if (record.getChanges() == null || record.getChanges().isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(record.getChanges()))) {
            JsonObject json = reader.readObject();
            return json.entrySet().stream()
                    .map(e -> {
                        JsonObject values = e.getValue().asJsonObject();
                        return new Change(e.getKey(), text(values.get("before")), text(values.get("after")));
                    })
                    .toList();
        } catch (RuntimeException e) {
            return List.of(new Change("", record.getChanges(), ""));
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "–";
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
