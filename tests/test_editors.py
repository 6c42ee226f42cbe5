"""Editors per SWV edit only their own site, and changes go through review before they are published."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowState

from portal.answers.models import AnswerPage, NationalAnswersPage
from portal.pages.models import ProcedurePage


@pytest.fixture
def make_user(django_user_model):
    def make(username, group_name):
        user = django_user_model.objects.create_user(username=username, password="geheim-wachtwoord-123")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def group_of(site, role):
    return f"{site.site_name}: {role}"


def page_on(site, slug, model=ProcedurePage):
    return model.objects.descendant_of(site.root_page).get(slug=slug)


def test_editor_can_edit_own_site_but_not_another_swvs(site_for, make_user):
    own, other = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    editor = make_user("redacteur", group_of(own, "redacteuren"))
    assert page_on(own, "thuiszitten").permissions_for_user(editor).can_edit()
    assert not page_on(other, "thuiszitten").permissions_for_user(editor).can_edit()
    assert not page_on(own, "thuiszitten").permissions_for_user(editor).can_publish()


def test_editor_cannot_open_another_swvs_page_in_the_admin_by_guessing_its_url(client, site_for, make_user):
    own, other = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    client.force_login(make_user("redacteur", group_of(own, "redacteuren")))
    assert client.get(f"/admin/pages/{page_on(own, 'thuiszitten').pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{page_on(other, 'thuiszitten').pk}/edit/")
    assert response.status_code in (302, 403)


def test_swv_editor_cannot_change_national_answers(site_for, make_user):
    editor = make_user("redacteur", group_of(site_for("zuidkennemerland"), "redacteuren"))
    national = AnswerPage.objects.child_of(NationalAnswersPage.for_language("nl")).first()
    assert not national.permissions_for_user(editor).can_edit()


def test_swv_editor_can_add_an_override_on_own_site(site_for, make_user):
    site = site_for("zuidoostutrecht")
    editor = make_user("redacteur", group_of(site, "redacteuren"))
    assert page_on(site, "vragen", model=Page).permissions_for_user(editor).can_add_subpage()


def test_change_goes_through_review_by_own_swvs_eindredactie(site_for, make_user):
    own, other = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    editor = make_user("redacteur", group_of(own, "redacteuren"))
    reviewer = make_user("eindredacteur", group_of(own, "eindredactie"))
    stranger = make_user("vreemde", group_of(other, "eindredactie"))
    page = page_on(own, "thuiszitten")
    page.intro = "Nieuwe inleiding voor de test."
    revision = page.save_revision(user=editor)
    workflow = page.get_workflow()
    assert workflow is not None and "Zuid-Kennemerland" in workflow.name
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert not task.user_can_access_editor(page, stranger)
    assert [a[0] for a in task.get_actions(page, stranger)] == []
    assert "approve" in [a[0] for a in task.get_actions(page, reviewer)]
    task.on_action(task_state, reviewer, "approve")
    page.refresh_from_db()
    assert page.live_revision_id == revision.pk
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED


def test_editor_opens_the_admin_forms_for_answers_of_own_site(client, site_for, make_user):
    site = site_for("zuidkennemerland")
    client.force_login(make_user("redacteur", group_of(site, "redacteuren")))
    override = AnswerPage.objects.descendant_of(site.root_page).first()
    assert client.get(f"/admin/pages/{override.pk}/edit/").status_code == 200
    index = page_on(site, "vragen", model=Page)
    assert client.get(f"/admin/pages/add/answers/answerpage/{index.pk}/").status_code == 200
    national = AnswerPage.objects.child_of(NationalAnswersPage.for_language("nl")).first()
    assert client.get(f"/admin/pages/{national.pk}/edit/").status_code in (302, 403)


def test_administrator_edits_each_swvs_settings(admin_client, site_for):
    for slug in ("zuidkennemerland", "zuidoostutrecht"):
        site = site_for(slug)
        response = admin_client.get(f"/admin/settings/core/swvsettings/{site.pk}/")
        assert response.status_code == 200
        assert site.site_name.encode() in response.content or b"Samenwerkingsverband" in response.content
