from django.db.models import Count
from blog.models import Article

# Every article with its approved comments, the wrong way: filter() before annotate()
articles = (
    Article.objects.filter(comments__is_approved=True)
    .annotate(comment_count=Count("comments"))
    .order_by("-comment_count", "-published_at")
)
for article in articles:
    print(article.comment_count, article.title)
