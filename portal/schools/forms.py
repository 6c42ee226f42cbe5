"""The profile form: a school sees only its own SWV's support tags and basisondersteuning."""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm


class SupportProfileForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        from .models import BasisElement, School, SupportTag, reviewed_site_ids  # models.py imports this module

        school = getattr(self.instance, "school", None) if self.instance.pk else None
        if school is None:
            # A new profile: the SWV starts one for its own schools that have none yet.
            schools = School.objects.filter(profile__isnull=True)
            if for_user is not None and not for_user.is_superuser:
                schools = schools.filter(site_id__in=reviewed_site_ids(for_user))
            self.fields["school"].queryset = schools
            return
        self.fields["tags"].queryset = SupportTag.objects.filter(Q(site__isnull=True) | Q(site=school.site_id))
        self.fields["school"].disabled = True  # a profile stays with its school
        ratings = self.formsets.get("basis_ratings")
        if ratings is not None:
            for form in ratings.forms + [ratings.empty_form]:
                form.fields["element"].queryset = BasisElement.objects.filter(site=school.site_id)


class OwnSiteForm(WagtailAdminModelForm):
    """An SWV's reviewers pick only their own site (for its deadlines and its own search words)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        from wagtail.models import Site

        from .models import reviewed_site_ids

        if for_user is not None and not for_user.is_superuser:
            self.fields["site"].queryset = Site.objects.filter(pk__in=reviewed_site_ids(for_user))
