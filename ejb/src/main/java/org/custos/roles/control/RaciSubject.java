package org.custos.roles.control;

import java.util.Arrays;
import java.util.Optional;
import org.custos.standards.entity.Requirement;

/**
 * The kinds of objects RACI can be assigned to, each with the feature whose permissions govern it:
 * reading the object's RACI needs {@code <feature>:read}, changing it {@code <feature>:edit}. Features
 * built later (documents, measures, risks) add their entry here.
 */
public enum RaciSubject {
    REQUIREMENT("standards", Requirement.class),
    DOCUMENT("documents", org.custos.documents.entity.Document.class),
    MEASURE("controls", org.custos.measures.entity.Measure.class);

    private final String feature;
    private final Class<?> entity;

    RaciSubject(String feature, Class<?> entity) {
        this.feature = feature;
        this.entity = entity;
    }

    public String readPermission() {
        return feature + ":read";
    }

    public String editPermission() {
        return feature + ":edit";
    }

    public Class<?> entity() {
        return entity;
    }

    public static Optional<RaciSubject> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
