package org.custos.platform.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Counts committed transactions that wrote entities (default entity listener, META-INF/orm.xml), so
 * that something computed from the data can tell cheaply whether it may be stale. The count moves
 * after the commit, never before it: whoever reads it afterwards sees the new data. Writes that bypass
 * JPA (bulk or plain JDBC) are not counted; users of this class check the data itself now and then.
 */
public class Commits {

    private static final Logger LOG = Logger.getLogger(Commits.class.getName());
    private static final AtomicLong COUNT = new AtomicLong();
    private static final Object KEY = Commits.class;

    private static volatile TransactionSynchronizationRegistry registry;

    /** One lookup, not one per entity written: the registry is the server's own, the same for every caller. */
    private static TransactionSynchronizationRegistry registry() throws NamingException {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            registry = r;
        }
        return r;
    }

    /** Changes whenever a transaction that wrote an entity has committed. */
    public static long count() {
        return COUNT.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        try {
            TransactionSynchronizationRegistry registry = registry();
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
                COUNT.incrementAndGet();
                return;
            }
            if (registry.getResource(KEY) == null) {
                registry.putResource(KEY, Boolean.TRUE);
                registry.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            COUNT.incrementAndGet();
                        }
                    }
                });
            }
        } catch (NamingException | RuntimeException e) {
            // never let bookkeeping break a write: count it at once instead
            LOG.log(Level.FINE, "no transaction registry; counted at once", e);
            COUNT.incrementAndGet();
        }
    }
}
