"""The profile form: a school sees only its own SWV's support tags and basisondersteuning."""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from portal.core.models import reviewed_site_ids


class SupportProfileForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        school = getattr(self.instance, "school", None) if self.instance.pk else None
        if school is None:
            # A new profile: the SWV starts one for its own schools that have none yet.
            schools = self.fields["school"].queryset.filter(profile__isnull=True)
            if for_user is not None and not for_user.is_superuser:
                schools = schools.filter(site_id__in=reviewed_site_ids(for_user))
            self.fields["school"].queryset = schools
            return
        tags = self.fields["tags"]
        tags.queryset = tags.queryset.filter(Q(site__isnull=True) | Q(site=school.site_id))
        self.fields["school"].disabled = True  # a profile stays with its school
        ratings = self.formsets.get("basis_ratings")
        if ratings is not None:
            for form in ratings.forms + [ratings.empty_form]:
                form.fields["element"].queryset = form.fields["element"].queryset.filter(site=school.site_id)
