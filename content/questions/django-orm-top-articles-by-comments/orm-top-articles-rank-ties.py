from django.db.models import Count, F, Window
from django.db.models.functions import Rank
from blog.models import Article

# The top 3 by comment count, with every article tied with the third.
# Filtering on a window function works since Django 4.2.
ranked = (
    Article.objects.annotate(comment_count=Count("comments"))
    .annotate(rank=Window(Rank(), order_by=F("comment_count").desc()))
    .filter(rank__lte=3)
    .order_by("rank", "-published_at")
)
for article in ranked:
    print(article.rank, article.comment_count, article.title)
