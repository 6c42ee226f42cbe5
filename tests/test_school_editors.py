"""A school edits only its own profile, and what it submits reaches parents only after its SWV approves."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import TaskState, WorkflowState

from portal.core.models import SWVSettings
from portal.schools.models import School, SupportProfile

ADMIN = "/admin/snippets/schools/supportprofile"
PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def make_user(django_user_model):
    def make(username, group):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
        user.groups.add(group)
        return user

    return make


def schools_with_profiles(site, n=2):
    """n schools with live profiles and names that do not contain one another."""
    chosen = []
    for school in School.objects.filter(site=site, profile__live=True).select_related("profile", "editors"):
        if all(school.name not in c.name and c.name not in school.name for c in chosen):
            chosen.append(school)
        if len(chosen) == n:
            return chosen
    raise AssertionError("not enough schools in the demo content")


def reviewers_of(site):
    return SWVSettings.for_site(site).school_reviewers


def test_each_school_has_its_own_editors_group(site_for):
    schools = School.objects.filter(site=site_for("zuidkennemerland"))
    assert schools.filter(editors__isnull=True).count() == 0
    assert len({s.editors_id for s in schools}) == schools.count()


def test_school_editor_sees_and_edits_only_its_own_profile(client, site_for, make_user):
    own, other = schools_with_profiles(site_for("zuidkennemerland"))
    client.force_login(make_user("ib-er", own.editors))
    listing = client.get(f"{ADMIN}/")
    assert listing.status_code == 200
    assert own.name in listing.content.decode() and other.name not in listing.content.decode()
    assert client.get(f"{ADMIN}/edit/{own.profile.pk}/").status_code == 200


@pytest.mark.parametrize("view", ["edit/{pk}/", "history/{pk}/", "delete/{pk}/", "usage/{pk}/", "unpublish/{pk}/",
                                  "workflow_history/{pk}/", "lock/{pk}/"])
def test_guessing_another_schools_admin_url_is_refused(client, site_for, make_user, view):
    own, other = schools_with_profiles(site_for("zuidkennemerland"))
    client.force_login(make_user("ib-er", own.editors))
    response = client.get(f"{ADMIN}/{view.format(pk=other.profile.pk)}")
    assert response.status_code in (302, 403, 404, 405)
    if response.status_code == 302:  # Wagtail redirects a refused request to the dashboard with a message
        assert "/admin/" in response["Location"] and str(other.profile.pk) not in response["Location"]


def test_posting_to_another_schools_profile_changes_nothing(client, site_for, make_user):
    own, other = schools_with_profiles(site_for("zuidkennemerland"))
    client.force_login(make_user("ib-er", own.editors))
    before = other.profile.summary
    response = client.post(f"{ADMIN}/edit/{other.profile.pk}/", {"summary": "Gehackt"})
    assert response.status_code in (302, 403, 404)
    other.profile.refresh_from_db()
    assert other.profile.summary == before
    assert other.profile.revisions.filter(content__summary="Gehackt").count() == 0


def test_reviewers_of_one_swv_cannot_touch_another_swvs_profiles(client, site_for, make_user):
    (zk_school,) = schools_with_profiles(site_for("zuidkennemerland"), 1)
    (zou_school,) = schools_with_profiles(site_for("zuidoostutrecht"), 1)
    client.force_login(make_user("swv-zou", reviewers_of(site_for("zuidoostutrecht"))))
    assert client.get(f"{ADMIN}/edit/{zou_school.profile.pk}/").status_code == 200
    assert client.get(f"{ADMIN}/edit/{zk_school.profile.pk}/").status_code in (302, 403, 404)
    assert zk_school.name not in client.get(f"{ADMIN}/").content.decode()


def _submit(profile, user, **changes):
    """What the admin's 'Ter beoordeling aanbieden' does: a new revision, then the workflow starts."""
    for name, value in changes.items():
        setattr(profile, name, value)
    revision = profile.save_revision(user=user)
    workflow = profile.get_workflow()
    assert workflow is not None
    workflow.start(profile, user)
    return revision


def _task_state(profile):
    return TaskState.objects.for_instance(profile).get(status=TaskState.STATUS_IN_PROGRESS)


def test_submit_then_swv_approves_publishes_the_new_profile(client, site_for, make_user):
    site = site_for("zuidkennemerland")
    (school,) = schools_with_profiles(site, 1)
    profile = school.profile
    editor = make_user("ib-er", school.editors)
    _submit(profile, editor, summary="Nieuw dit jaar: een stille werkplek in elke groep.")
    # Parents still see the approved text while the SWV reviews.
    page = client.get(f"/scholen/{school.slug}/", HTTP_HOST=f"{site.hostname}")
    assert "Nieuw dit jaar" not in page.content.decode()

    reviewer = make_user("swv-zk", reviewers_of(site))
    client.force_login(reviewer)
    state = _task_state(profile)
    response = client.post(f"{ADMIN}/workflow/action/{profile.pk}/approve/{state.pk}/", {"comment": ""})
    assert response.status_code in (200, 302)
    profile.refresh_from_db()
    assert profile.summary.startswith("Nieuw dit jaar")
    assert profile.approved_by == "swv-zk"
    client.logout()
    page = client.get(f"/scholen/{school.slug}/", HTTP_HOST=f"{site.hostname}")
    assert "Nieuw dit jaar" in page.content.decode()


def test_swv_sends_a_profile_back_with_a_comment(client, site_for, make_user):
    site = site_for("zuidkennemerland")
    (school,) = schools_with_profiles(site, 1)
    profile = school.profile
    before = profile.summary
    _submit(profile, make_user("ib-er", school.editors), summary="Wij kunnen alles.")
    client.force_login(make_user("swv-zk", reviewers_of(site)))
    state = _task_state(profile)
    client.post(f"{ADMIN}/workflow/action/{profile.pk}/reject/{state.pk}/",
                {"comment": "Beschrijf ook wat de school niet kan bieden."})
    profile.refresh_from_db()
    assert profile.summary == before
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_REJECTED
    assert state.get_comment() == "Beschrijf ook wat de school niet kan bieden."


def test_a_school_cannot_approve_its_own_profile_nor_another_swv(client, site_for, make_user):
    site = site_for("zuidkennemerland")
    (school,) = schools_with_profiles(site, 1)
    profile = school.profile
    editor = make_user("ib-er", school.editors)
    _submit(profile, editor, summary="Zelf goedgekeurd?")
    state = _task_state(profile)
    for user in (editor, make_user("swv-zou", reviewers_of(site_for("zuidoostutrecht")))):
        client.force_login(user)
        client.post(f"{ADMIN}/workflow/action/{profile.pk}/approve/{state.pk}/", {"comment": ""})
        state.refresh_from_db()
        assert state.status == TaskState.STATUS_IN_PROGRESS
        assert not state.task.specific.get_actions(profile, user)
    assert WorkflowState.objects.for_instance(profile).get().status == WorkflowState.STATUS_IN_PROGRESS


def test_school_editors_cannot_publish_directly(site_for):
    (school,) = schools_with_profiles(site_for("zuidkennemerland"), 1)
    group: Group = school.editors
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_supportprofile" in codenames
    assert "publish_supportprofile" not in codenames and "add_supportprofile" not in codenames
    assert SupportProfile.objects.filter(school=school).count() == 1


def test_an_swv_adds_its_own_words_for_a_kind_of_support_on_its_site_only(client, site_for, make_user):
    from portal.schools.models import SupportTag, TagSynonyms
    from search.schools import Vocabulary, interpret

    zk, zou = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    client.force_login(make_user("swv-zk", reviewers_of(zk)))
    tag = SupportTag.objects.get(slug="hoogbegaafdheid")
    response = client.post("/admin/snippets/schools/tagsynonyms/add/",
                           {"site": zk.pk, "tag": tag.pk, "words": "leerlab, denkgroep"})
    assert response.status_code == 302, response.content.decode()[:2000]
    needs, *_ = interpret("een leerlab in haarlem", Vocabulary(zk))
    assert [slug for slug, _ in needs] == ["hoogbegaafdheid"]
    needs, *_ = interpret("een leerlab", Vocabulary(zou))
    assert needs == []
    # Another SWV's site cannot be chosen, nor its words opened.
    response = client.post("/admin/snippets/schools/tagsynonyms/add/",
                           {"site": zou.pk, "tag": tag.pk, "words": "iets"})
    assert response.status_code == 200 and not TagSynonyms.objects.filter(site=zou).exists()
    theirs = TagSynonyms.objects.create(site=zou, tag=tag, words="slimmeriken")
    assert client.get(f"/admin/snippets/schools/tagsynonyms/edit/{theirs.pk}/").status_code in (302, 403)
