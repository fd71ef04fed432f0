package fr.boucle.needs.internal;

import fr.boucle.needs.NeedCommands;
import fr.boucle.needs.NeedViews;
import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.organisation.PersonNames;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The thread of an answer: questions and replies between the buyer and the answering suppliers (the
 * lead and its partners), private to them (404 for everyone else).
 */
@Singleton
public class NeedThreads {

  private final Needs needs;
  private final Answers answers;
  private final NeedAnswers read;
  private final OrganisationDirectory directory;
  private final PersonNames people;
  private final Notifications notifications;

  NeedThreads(
      Needs needs,
      Answers answers,
      NeedAnswers read,
      OrganisationDirectory directory,
      PersonNames people,
      Notifications notifications) {
    this.needs = needs;
    this.answers = answers;
    this.read = read;
    this.directory = directory;
    this.people = people;
    this.notifications = notifications;
  }

  public List<NeedViews.Message> messages(CurrentUser user, UUID needId, UUID answerId) {
    read.readable(user, needId, answerId);
    List<Answers.MessageRow> rows = answers.messages(answerId);
    Set<UUID> orgIds = new HashSet<>();
    Set<UUID> personIds = new HashSet<>();
    rows.forEach(m -> {
      orgIds.add(m.organisationId());
      personIds.add(m.authorId());
    });
    Map<UUID, String> orgNames =
        directory.withIds(orgIds).stream()
            .collect(
                Collectors.toMap(
                    OrganisationDirectory.Entry::id, OrganisationDirectory.Entry::legalName));
    Map<UUID, String> names = people.fullNames(personIds);
    return rows.stream()
        .map(m ->
            new NeedViews.Message(
                m.id(),
                orgNames.getOrDefault(m.organisationId(), ""),
                names.getOrDefault(m.authorId(), ""),
                m.body(),
                m.organisationId().equals(user.organisationId()),
                m.createdAt()))
        .toList();
  }

  @Transactional
  public List<NeedViews.Message> post(
      CurrentUser user, UUID needId, UUID answerId, NeedCommands.Message m) {
    Answers.Row answer = read.readable(user, needId, answerId);
    String body = m.body() == null ? "" : m.body().strip();
    if (body.isEmpty() || body.length() > 5000) {
      new ValidationFailed.Collector()
          .add("body", ProblemCode.FIELD_LENGTH, "min", 1, "max", 5000)
          .throwIfAny();
    }
    answers.addMessage(answerId, user.organisationId(), user.personId(), body);
    // Everyone in the thread but the sender: the need's author, the answer's, whoever wrote in it.
    Needs.Row need = needs.find(needId).orElseThrow();
    Set<UUID> people = new java.util.LinkedHashSet<>();
    people.add(need.authorId());
    people.add(answer.authorId());
    answers.messages(answerId).forEach(message -> people.add(message.authorId()));
    people.remove(user.personId());
    notifications.notify(people, NotificationKind.NEED_MESSAGE, need.title(), "/besoins/" + needId);
    return messages(user, needId, answerId);
  }
}
