package org.custos.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.custos.platform.error.ConflictException;

/** Optimistic locking for edits: the version the user saw must still be current, also at flush. */
public final class Edits {

    private Edits() {
    }

    public static void expectVersion(long seen, long current, String entity) {
        if (seen != current) {
            throw ConflictException.concurrentEdit(entity);
        }
    }

    public static void flush(EntityManager em, String entity) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.concurrentEdit(entity);
        }
    }
}
