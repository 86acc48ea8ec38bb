package org.custos.web.context;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.context.boundary.ContextService;
import org.custos.context.boundary.FeedbackService;
import org.custos.context.entity.Feedback;
import org.custos.context.entity.InterestedParty;
import org.custos.web.support.UiAction;

/** The feedback register of interested parties (ISO 27001 9.3.2 e): record, answer, close, delete while open. */
@Named
@ViewScoped
public class ContextFeedbackView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackService feedbackService;

    @Inject
    ContextService context;

    private List<Feedback> items;
    private List<InterestedParty> parties;

    // feedback dialog
    private Long editId;
    private long editVersion;
    private Long partyId;
    private LocalDate receivedOn;
    private Feedback.Channel channel;
    private Feedback.Kind kind;
    private String summary;
    private String details;

    // answer dialog
    private Feedback answering;
    private String response;

    @PostConstruct
    void load() {
        items = feedbackService.list(null, null);
        parties = context.parties();
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        partyId = null;
        receivedOn = LocalDate.now();
        channel = Feedback.Channel.EMAIL;
        kind = Feedback.Kind.COMPLAINT;
        summary = details = null;
    }

    public void startEdit(Feedback f) {
        editId = f.getId();
        editVersion = f.getVersion();
        partyId = f.getParty().getId();
        receivedOn = f.getReceivedOn();
        channel = f.getChannel();
        kind = f.getKind();
        summary = f.getSummary();
        details = f.getDetails();
    }

    public void save() {
        FeedbackService.FeedbackInput in = new FeedbackService.FeedbackInput(partyId, receivedOn, channel, kind, summary, details);
        if (UiAction.attempt(() -> feedbackService.save(editId, editVersion, in), "feedback.saved", summary)) {
            load();
        }
    }

    public void startAnswer(Feedback f) {
        answering = f;
        response = f.getResponse();
    }

    public void answer() {
        if (answering != null && UiAction.attempt(() -> feedbackService.answer(answering.getId(), answering.getVersion(), response),
                "feedback.answerSaved", answering.getSummary())) {
            load();
        }
    }

    public void close(Feedback f) {
        if (UiAction.attempt(() -> feedbackService.close(f.getId(), f.getVersion()), "feedback.closedDone", f.getSummary())) {
            load();
        }
    }

    public void delete(Feedback f) {
        if (UiAction.attempt(() -> feedbackService.delete(f.getId(), f.getVersion()), "feedback.deleted", f.getSummary())) {
            load();
        }
    }

    public Feedback.Channel[] getChannels() {
        return Feedback.Channel.values();
    }

    public Feedback.Kind[] getKinds() {
        return Feedback.Kind.values();
    }

    public Feedback.Status[] getStatuses() {
        return Feedback.Status.values();
    }

    public List<Feedback> getItems() {
        return items;
    }

    public List<InterestedParty> getParties() {
        return parties;
    }

    public Long getEditId() {
        return editId;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Feedback.Channel getChannel() {
        return channel;
    }

    public void setChannel(Feedback.Channel channel) {
        this.channel = channel;
    }

    public Feedback.Kind getKind() {
        return kind;
    }

    public void setKind(Feedback.Kind kind) {
        this.kind = kind;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Feedback getAnswering() {
        return answering;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
