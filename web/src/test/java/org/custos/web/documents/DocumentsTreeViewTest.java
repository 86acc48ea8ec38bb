package org.custos.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.custos.documents.boundary.DocumentService.Node;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class DocumentsTreeViewTest {

    private static Node node(long id, Long parent, DocumentType type) {
        return new Node(id, parent, type, "D" + id, "Doc " + id, DocumentStatus.PUBLISHED, 1, null, false, false);
    }

    @Test
    void nestsByParentAndMakesLooseNodesRoots() {
        List<Node> nodes = List.of(
                node(1, null, DocumentType.GUIDELINE),
                node(2, 1L, DocumentType.REGULATION),
                node(3, 2L, DocumentType.CONCEPT),
                node(4, 99L, DocumentType.CONCEPT),
                node(5, null, DocumentType.SCOPE));
        TreeNode<Node> root = DocumentsTreeView.nest(nodes);
        assertEquals(List.of(1L, 4L, 5L), root.getChildren().stream().map(n -> n.getData().id()).toList());
        TreeNode<Node> guideline = root.getChildren().get(0);
        assertEquals(2L, guideline.getChildren().get(0).getData().id());
        assertEquals(3L, guideline.getChildren().get(0).getChildren().get(0).getData().id());
    }

    @Test
    void aCycleDoesNotLoseDocuments() {
        List<Node> nodes = List.of(node(1, 2L, DocumentType.REGULATION), node(2, 1L, DocumentType.REGULATION));
        TreeNode<Node> root = DocumentsTreeView.nest(nodes);
        assertEquals(2, root.getChildren().size() + root.getChildren().stream().mapToInt(TreeNode::getChildCount).sum());
    }
}
