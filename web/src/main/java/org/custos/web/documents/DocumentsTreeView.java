package org.custos.web.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.DocumentStatus;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The hierarchy guideline → regulations → concepts (with scope statement and records), and what hangs loose. */
@Named
@ViewScoped
public class DocumentsTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    private TreeNode<DocumentService.Node> root;
    private List<DocumentService.Orphan> orphans;
    private int count;

    @PostConstruct
    void load() {
        List<DocumentService.Node> nodes = documents.tree();
        count = nodes.size();
        root = nest(nodes);
        orphans = documents.orphans();
    }

    /**
     * Nests the flat nodes by parent; a node whose parent is missing (or that would close a cycle)
     * becomes a root, so every document appears exactly once.
     */
    static TreeNode<DocumentService.Node> nest(List<DocumentService.Node> nodes) {
        TreeNode<DocumentService.Node> root = new DefaultTreeNode<>(null, null);
        Map<Long, DocumentService.Node> byId = new HashMap<>();
        Map<Long, List<DocumentService.Node>> children = new HashMap<>();
        for (DocumentService.Node n : nodes) {
            byId.put(n.id(), n);
        }
        List<DocumentService.Node> roots = new ArrayList<>();
        for (DocumentService.Node n : nodes) {
            if (n.parentId() == null || !byId.containsKey(n.parentId()) || inCycle(n, byId)) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        Set<Long> placed = new HashSet<>();
        for (DocumentService.Node r : roots) {
            add(r, root, children, placed);
        }
        return root;
    }

    private static boolean inCycle(DocumentService.Node n, Map<Long, DocumentService.Node> byId) {
        Set<Long> seen = new HashSet<>();
        for (DocumentService.Node p = n; p != null && p.parentId() != null; p = byId.get(p.parentId())) {
            if (!seen.add(p.id())) {
                return true;
            }
            if (p.parentId().equals(n.id())) {
                return true;
            }
        }
        return false;
    }

    private static void add(DocumentService.Node n, TreeNode<DocumentService.Node> parent,
            Map<Long, List<DocumentService.Node>> children, Set<Long> placed) {
        if (!placed.add(n.id())) {
            return;
        }
        TreeNode<DocumentService.Node> node = new DefaultTreeNode<>(n, parent);
        node.setExpanded(true);
        for (DocumentService.Node c : children.getOrDefault(n.id(), List.of())) {
            add(c, node, children, placed);
        }
    }

    public String statusClass(DocumentStatus status) {
        return DocumentLabels.statusClass(status);
    }

    public TreeNode<DocumentService.Node> getRoot() {
        return root;
    }

    public List<DocumentService.Orphan> getOrphans() {
        return orphans;
    }

    public int getCount() {
        return count;
    }
}
