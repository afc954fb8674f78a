from django.db.models import Count
from blog.models import Article

top = (
    Article.objects.annotate(comment_count=Count("comments"))
    .order_by("-comment_count", "-published_at")[:5]
)
for article in top:
    print(article.comment_count, article.title)
