package org.custos.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.platform.security.control.RequiresPermission;

/**
 * The organisation and its units. Reading only for now; the organisation feature (profile, sectors,
 * unit editing) builds on this.
 */
@Stateless
public class OrganisationService {

    public static final String READ = "organisation:read";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @RequiresPermission(READ)
    public Optional<Organisation> organisation() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** All units, parents before their children. */
    @RequiresPermission(READ)
    public List<OrgUnit> units() {
        return em.createNamedQuery("OrgUnit.findAll", OrgUnit.class).getResultList();
    }
}
