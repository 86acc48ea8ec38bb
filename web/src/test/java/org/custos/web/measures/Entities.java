package org.custos.web.measures;

import java.lang.reflect.Field;

/** Entities with the id the database would give them. */
final class Entities {

    private Entities() {
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
